import Foundation
@testable import MinnesDecode
import Testing

@Suite struct DecoderTests {
    @Test func utf8IsReadAsIs() throws {
        let decoded = try Decoder.decode(Data("Försörjningsstöd i Åstorp".utf8))
        #expect(decoded == DecodedText(text: "Försörjningsstöd i Åstorp", encoding: .utf8))
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let decoded = try Decoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data("Möte".utf8))
        #expect(decoded.text == "Möte")
        #expect(decoded.text.unicodeScalars.first == "M")
    }

    @Test func windows1252IsRecognisedWhenNotUTF8() throws {
        // "Höganäs – möte" as a Windows editor saves it: ö = F6, ä = E4, en dash = 96.
        let bytes: [UInt8] = [0x48, 0xF6, 0x67, 0x61, 0x6E, 0xE4, 0x73, 0x20, 0x96, 0x20, 0x6D, 0xF6, 0x74, 0x65]
        let decoded = try Decoder.decode(Data(bytes))
        #expect(decoded == DecodedText(text: "Höganäs – möte", encoding: .windows1252))
    }

    /// An old DOS system's file: code page 850, whose å, ä, ö are bytes Windows-1252 reads as † „ ”.
    /// A Windows-1252 text with its curly quotes (” is 0x94, ö in 850) stays Windows-1252.
    @Test func dosCodePage850IsRecognisedByItsSwedishLetters() throws {
        // "Höganäs – Åstorp, möte" in code page 850 (its dash a hyphen, as 850 has none), CRLF.
        let bytes: [UInt8] = [0x48, 0x94, 0x67, 0x61, 0x6E, 0x84, 0x73, 0x20, 0x2D, 0x20, 0x8F, 0x73, 0x74, 0x6F, 0x72, 0x70, 0x2C, 0x20, 0x6D, 0x94, 0x74, 0x65, 0x0D, 0x0A]
        #expect(try Decoder.decode(Data(bytes)) == DecodedText(text: "Höganäs - Åstorp, möte\n", encoding: .cp850))
        // ”Möte i Höganäs”, sade hon, ”nu”: Windows-1252 with its quotes, whose ö and ä are not outnumbered enough.
        let windows: [UInt8] = [0x94, 0x4D, 0xF6, 0x74, 0x65, 0x20, 0x69, 0x20, 0x48, 0xF6, 0x67, 0x61, 0x6E, 0xE4, 0x73, 0x94, 0x2C, 0x20, 0x73, 0x61, 0x64, 0x65, 0x20, 0x68, 0x6F, 0x6E, 0x2C, 0x20, 0x94, 0x6E, 0x75, 0x94]
        #expect(try Decoder.decode(Data(windows)) == DecodedText(text: "”Möte i Höganäs”, sade hon, ”nu”", encoding: .windows1252))
        // (A Windows-1252 text of no å, ä, ö, with its quotes: too few of 850's letters to be read so.)
        let quoted: [UInt8] = [0x4F, 0x4B, 0x20, 0x94, 0x6A, 0x61, 0x94]
        #expect(try Decoder.decode(Data(quoted)).encoding == .windows1252)
    }

    /// A Mac's text from before Unicode (Word for Mac's "Text Only", TextEdit's "Mac OS Roman"): its
    /// å, ä, ö are bytes Windows-1252 reads as Œ, Š, š; its line ends may be a classic Mac's CR alone.
    /// A Windows-1252 text with the euro sign and an ellipsis (the Mac's Ä and Ö) stays Windows-1252.
    @Test func macOSRomanIsRecognisedByItsSwedishLetters() throws {
        // "Närvarande: Åsa Öberg, Höganäs\rMöte – é" in Mac OS Roman: ä 8A, Å 81, Ö 85, ö 9A, – D0, é 8E.
        let bytes: [UInt8] = [0x4E, 0x8A, 0x72, 0x76, 0x61, 0x72, 0x61, 0x6E, 0x64, 0x65, 0x3A, 0x20, 0x81, 0x73, 0x61, 0x20, 0x85, 0x62, 0x65, 0x72, 0x67,
                              0x2C, 0x20, 0x48, 0x9A, 0x67, 0x61, 0x6E, 0x8A, 0x73, 0x0D, 0x4D, 0x9A, 0x74, 0x65, 0x20, 0xD0, 0x20, 0x8E]
        #expect(try Decoder.decode(Data(bytes)) == DecodedText(text: "Närvarande: Åsa Öberg, Höganäs\nMöte – é", encoding: .macRoman))
        // "Kostnad 200 € för mötet i Höganäs…" in Windows-1252: € 80 and … 85, ö F6, ä E4.
        let windows: [UInt8] = [0x4B, 0x6F, 0x73, 0x74, 0x6E, 0x61, 0x64, 0x20, 0x32, 0x30, 0x30, 0x20, 0x80, 0x20, 0x66, 0xF6, 0x72, 0x20, 0x6D, 0xF6, 0x74, 0x65, 0x74,
                                0x20, 0x69, 0x20, 0x48, 0xF6, 0x67, 0x61, 0x6E, 0xE4, 0x73, 0x85]
        #expect(try Decoder.decode(Data(windows)) == DecodedText(text: "Kostnad 200 € för mötet i Höganäs…", encoding: .windows1252))
        // (Too few of the Mac's letters to be read so: "Š" twice in a Windows-1252 name list.)
        let names: [UInt8] = [0x8A, 0x61, 0x72, 0x6B, 0x61, 0x2C, 0x20, 0x8A, 0x74, 0x65, 0x70, 0xE1, 0x6E]
        #expect(try Decoder.decode(Data(names)).encoding == .windows1252)
    }

    /// A file two programs wrote: Notepad's Windows-1252 and then an editor's UTF-8, each paragraph as
    /// it was saved; and UTF-8 with a pasted Windows-1252 line. A Windows-1252 text whose capitals
    /// before a quote happen to pair as UTF-8's ("SKÅ”" is C5 94) stays Windows-1252.
    @Test func utf8AmongACodePagesBytesIsReadAsUTF8() throws {
        let windows = Data("Närvarande: Åsa Öberg – Höganäs\n".utf8).windows1252()
        let both = windows + Data("Beslut: Nätverket träffas i Båstad – i maj.\n".utf8) + windows
        let read = try Decoder.decode(both)
        #expect(read.text == "Närvarande: Åsa Öberg – Höganäs\nBeslut: Nätverket träffas i Båstad – i maj.\nNärvarande: Åsa Öberg – Höganäs\n")
        #expect(read.encoding == .windows1252 && read.partlyUTF8)
        let pasted = Data("Mötet i Bjuv: ”vi är överens” – så blev det, även för Åstorp och Örkelljunga.\n".utf8) + Data("Citat: ”Nej”\n".utf8).windows1252()
        #expect(try Decoder.decode(pasted).text == "Mötet i Bjuv: ”vi är överens” – så blev det, även för Åstorp och Örkelljunga.\nCitat: ”Nej”\n")
        let capitals = Data("”SKÅ” stod det på skylten, och ”ÖRÅ” på den andra i Höganäs och Ängelholm.".utf8).windows1252()
        let alone = try Decoder.decode(capitals)
        #expect(alone.text == "”SKÅ” stod det på skylten, och ”ÖRÅ” på den andra i Höganäs och Ängelholm." && !alone.partlyUTF8)
    }

    /// UTF-8 once read as Windows-1252 and saved as UTF-8 again ("MÃ¶te" for "Möte", "â€“" for "–",
    /// an undefined byte as Windows keeps it): each such line read back; a line of another language's
    /// own letters ("Ã" in a name, "pâté") stays as it is.
    @Test func utf8ReadTwiceIsRepaired() throws {
        // (Each byte of the UTF-8 as Windows-1252's character; one it leaves undefined as its C1 control.)
        let twice = { (text: String) in
            String(String.UnicodeScalarView(text.utf8.map { byte in
                [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) ? Unicode.Scalar(byte) : String(data: Data([byte]), encoding: .windowsCP1252)!.unicodeScalars.first!
            }))
        }
        let text = twice("Mötet i Höganäs – Åsa sa: ”Ja”.") + "\nJoão och Ãsa åt pâté.\n" + twice("Öppet hus i Ängelholm.") + "\n" + twice("Punkt 2 – Budget")
        let read = try Decoder.decode(Data(text.utf8))
        #expect(read.text == "Mötet i Höganäs – Åsa sa: ”Ja”.\nJoão och Ãsa åt pâté.\nÖppet hus i Ängelholm.\nPunkt 2 – Budget", "\(read.text)")
        #expect(read.encoding == .utf8 && read.repairedLines == 3)
        // (A text whose only such pair is a dash's.)
        #expect(try Decoder.decode(Data(twice("Punkt 2 – Budget").utf8)).text == "Punkt 2 – Budget")
    }

    /// Latin-9 from an old Unix system (`sv_SE@euro`): its euro sign (0xA4) and Š, š (0xA6, 0xA8),
    /// where Windows-1252 has ¤ ¦ ¨; a text with Windows-1252's own bytes (0x80–0x9F) is Windows-1252.
    @Test func latin9IsRecognisedByItsEuroSign() throws {
        let latin9: [UInt8] = Array("Kostnaden ".utf8) + [0xE4, 0x72, 0x20, 0x32, 0x30, 0x30, 0x20, 0xA4, 0x20] + Array("(Jan ".utf8) + [0xA6, 0x75, 0xA8, 0x74, 0x61, 0x72, 0x29]
        #expect(try Decoder.decode(Data(latin9)) == DecodedText(text: "Kostnaden är 200 € (Jan Šuštar)", encoding: .latin9))
        #expect(try Decoder.decode(Data(latin9 + [0x20, 0x96, 0x20, 0xF6])).encoding == .windows1252)
        #expect(DecodedText.Encoding(charset: "ISO-8859-15") == .latin9)
    }

    /// Notepad's "Unicode": UTF-16 after its byte order mark, little-endian or big, CRLF line ends.
    @Test func utf16AfterItsMarkIsRead() throws {
        let text = "Närv.: Åsa Öberg\r\nPunkt 1) Färdtjänst 😀\r\n"
        let little = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        let big = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        #expect(try Decoder.decode(little) == DecodedText(text: "Närv.: Åsa Öberg\nPunkt 1) Färdtjänst 😀\n", encoding: .utf16LE))
        #expect(try Decoder.decode(big) == DecodedText(text: "Närv.: Åsa Öberg\nPunkt 1) Färdtjänst 😀\n", encoding: .utf16BE))
        // A lone half of a pair, or an odd last byte, is one character unread, not the file lost.
        let broken = try Decoder.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]))
        #expect(broken.text == "A\u{FFFD}B\u{FFFD}" && broken.unreadableBytes == 2)
        // Without its mark (some export tools' "Unicode"), UTF-16 is told by its NULs, most pairs' on one
        // side; bytes with NULs on either side are no text.
        #expect(try Decoder.decode(text.data(using: .utf16LittleEndian)!) == DecodedText(text: "Närv.: Åsa Öberg\nPunkt 1) Färdtjänst 😀\n", encoding: .utf16LE, unmarked: true))
        #expect(try Decoder.decode(text.data(using: .utf16BigEndian)!).encoding == .utf16BE)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00, 0x00, 0x00, 0x41, 0x42]
        #expect(throws: DecodeError.binary) { try Decoder.decode(Data(zip)) }
        #expect(throws: DecodeError.empty) { try Decoder.decode(Data([0xFF, 0xFE, 0x20, 0x00])) }
    }

    @Test func lineEndsBecomeLF() throws {
        #expect(try Decoder.decode(Data("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    }

    /// A text taken as NFC without normalising is NFC: every scalar it may hold, alone or between
    /// letters; and texts it may not hold are normalised.
    @Test func aTextTakenAsNFCIsNFC() throws {
        var taken = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(scalar)b\(scalar)"
            if Decoder.isNFC(text) {
                taken += 1
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
        #expect(taken == 0x300 + (0x2070 - 0x2002) + 1)
        #expect(!Decoder.isNFC("a\u{2000}") && !Decoder.isNFC("a\u{30A}") && !Decoder.isNFC("Ω"))
        #expect(try Decoder.decode(Data("\u{2000}A\u{30A}sa\r\n".utf8)).text.unicodeScalars.elementsEqual("\u{2002}Åsa\n".unicodeScalars))
    }

    @Test func decomposedLettersAreComposed() throws {
        let nfd = "A\u{030A}storp o\u{0308}kar"  // Å and ö as base letter + combining mark
        let text = try Decoder.decode(Data(nfd.utf8)).text
        #expect(Array(text.unicodeScalars) == Array("Åstorp ökar".unicodeScalars))
    }

    @Test func emptyAndBinaryFilesAreRefusedWithAReason() {
        #expect(throws: DecodeError.empty) { try Decoder.decode(Data()) }
        #expect(throws: DecodeError.empty) { try Decoder.decode(Data(" \r\n\t".utf8)) }
        #expect(throws: DecodeError.binary) { try Decoder.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])) }
    }
}

@Suite struct UndefinedWindows1252Tests {
    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func aByteWindows1252LeavesUndefinedDoesNotEmptyTheFile(byte: UInt8) throws {
        // "Möte i Båstad" in Windows-1252, with one undefined byte in it.
        let bytes = Data([0x4D, 0xF6, 0x74, 0x65, 0x20, byte, 0x20, 0x69, 0x20, 0x42, 0xE5, 0x73, 0x74, 0x61, 0x64])
        let decoded = try Decoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Möte \u{FFFD} i Båstad")
        #expect(decoded.unreadableBytes == 1)
    }
}

/// A zero-width no-break space inside a text (iOS pastes one before a quoted part) is no letter.
@Test func aByteOrderMarkInsideTheTextIsDropped() throws {
    let text = try Decoder.decode(Data("Hej!\n\u{FEFF}> Datum: 14 januari\n".utf8)).text
    #expect(text == "Hej!\n> Datum: 14 januari\n")
}

extension Data {
    /// UTF-8 bytes of text as Windows-1252 writes it (for tests: Swedish letters and punctuation).
    func windows1252() -> Data {
        String(decoding: self, as: UTF8.self).data(using: .windowsCP1252)!
    }
}
