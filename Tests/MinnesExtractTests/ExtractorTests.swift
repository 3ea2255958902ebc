import Foundation
import MinnesParse
import Testing
import ZIPFoundation

@testable import MinnesExtract

/// Each format's reader on the committed fixtures (Tests/Fixtures/Formats, README there says how
/// each was made): the text a reader reads, by content, whatever the name.
@Suite struct ExtractorTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Formats")

    func extract(_ name: String) throws -> Extracted {
        let url = Self.folder.appendingPathComponent(name)
        return try Extractor.read(try Data(contentsOf: url), path: url.path)
    }

    @Test func pdfPagesLoseTheirFurnitureAndHyphensJoin() {
        let pages = [["Protokoll", "Text på sidan ett med familje-", "hemmet i slutet", "Sida 1"], ["Mer text", "Sida 2"]]
        let kept = Pages.withoutRunningLines(pages)
        #expect(kept == [["Protokoll", "Text på sidan ett med familje-", "hemmet i slutet"], ["Mer text"]])
        #expect(Pages.rejoin("med familje-\nhemmet och Bjuv-\nHöganäs") == "med familjehemmet och Bjuv-\nHöganäs")
        #expect(Pages.rejoin("social-\noch omsorgsnämnden") == "social-\noch omsorgsnämnden")
        // A paragraph sign at two pages' edges is the minutes', not the page's.
        #expect(Pages.withoutRunningLines([["§ 3", "text"], ["§ 7", "mer"]]) == [["§ 3", "text"], ["§ 7", "mer"]])
    }

    /// A scanned protocol's text (OCR), each page closed by "Sida N av M": read as a PDF's pages are,
    /// its running header dropped (but for the first page's) and a word split over a line end joined, but a number alone at a
    /// page's top the minutes' own (the pages say their numbers). Without such footers, as written.
    @Test func aScansPagesAreReadAsAPDFsAre() throws {
        let scan = """
            Hemtjänstnätverket – minnesanteckningar
            1. Runda
            Inget nytt. Efter en stunds diskussion besluta-
            de nätverket att mäta kontinuiteten.
            Sida 1 av 2

            Hemtjänstnätverket – minnesanteckningar
            2
            Övrigt
            Inget.
            Sida 2 av 2
            """
        let text = try Extractor.read(Data(scan.utf8), path: "scan.txt").text
        // (Once: the first page's head kept, since it may be all that names the network.)
        #expect(text.components(separatedBy: "Hemtjänstnätverket – minnesanteckningar").count == 2)
        #expect(text.hasPrefix("Hemtjänstnätverket – minnesanteckningar\n1. Runda"))
        #expect(text.contains("beslutade nätverket att") && !text.contains("Sida"))
        #expect(text.contains("\n2\nÖvrigt"))
        // (Not pages one after another: two prints of one page, say, as written.)
        // (Nor a page's number in another script's digits, which the fuzzer wrote: read as written.)
        for other in ["Slut", "Sida 1 av 2", "Sida ٢ av ٢"] {
            let unnumbered = scan.replacingOccurrences(of: "Sida 2 av 2", with: other)
            #expect(try Extractor.read(Data(unnumbered.utf8), path: "scan.txt").text == unnumbered)
        }
    }

    /// The reading a careful reader compares: date, place, people, items with their raisers and
    /// whether they decided something.
    struct Reading: Equatable, CustomStringConvertible {
        let date: String?, place: String?, attendees: [String], chairs: [String]
        let items: [String], raisers: [[String]], decides: [Bool]

        init(_ meeting: Meeting) {
            (date, place) = (meeting.date, meeting.place)
            (attendees, chairs) = (meeting.attendees.map(\.name), meeting.chairs.map(\.name))
            items = meeting.items.map(\.title)
            raisers = meeting.items.map { $0.raisedBy.compactMap(\.name) }
            decides = meeting.items.map { !$0.decisions.isEmpty }
        }

        var description: String { "\(date ?? "-") \(place ?? "-") \(attendees) \(chairs) \(items) \(raisers) \(decides)" }
    }

    func reading(_ name: String) throws -> Reading {
        Reading(MinutesReader.read(try extract(name).text, file: name))
    }

    @Test(arguments: [
        ("natverk.docx", "natverk.txt", Format.word), ("natverk.odt", "natverk.txt", .openDocument),
        ("egentligen-word.txt", "natverk.txt", .word), ("styrelse.pdf", "styrelse.txt", .pdf),
        ("styrelse.doc", "styrelse.txt", .wordBinary), ("natverk.html", "natverk.txt", .html),
    ])
    func eachFormatReadsAsItsTextTwin(file: String, twin: String, format: Format) throws {
        #expect(try extract(file).format == format)
        let read = try reading(file), expected = try reading(twin)
        #expect(!expected.items.isEmpty)
        #expect(read == expected)
    }

    /// pdftotext's output kept as text, its pages apart by form feeds: read as a PDF's pages are, each
    /// later page's running head ("… Sida 2 (2)") and the footer every page repeats dropped.
    @Test func aTextOfPagesApartByFormFeedsIsReadAsAPDFsPagesAre() throws {
        let paged = "Våldsnätverket                Sida 1 (2)\n\nDatum   2026-01-22\n\nFamiljen Helsingborg i samverkan\n\u{0C}"
            + "Våldsnätverket                Sida 2 (2)\n\nBeslut: en mall.\n\nFamiljen Helsingborg i samverkan\n\u{0C}"
        let text = try Extractor.read(Data(paged.utf8), path: "protokoll.txt").text
        #expect(text.components(separatedBy: "Våldsnätverket").count == 2)
        #expect(!text.contains("Sida 2") && !text.contains("samverkan") && !text.contains("\u{0C}"))
        #expect(text.contains("Datum   2026-01-22") && text.contains("Beslut: en mall."))
    }

    @Test func rtfReadsItsItemsAndRaisers() throws {
        // catdoc gives an RTF table's cells a line each: the attendance table is not kept as a table.
        let read = try reading("natverk.rtf"), expected = try reading("natverk.txt")
        #expect(try extract("natverk.rtf").format == .rtf)
        #expect((read.date, read.place, read.items, read.raisers, read.decides) == (expected.date, expected.place, expected.items, expected.raisers, expected.decides))
    }

    /// A PDF without a text layer (a skewed 150 dpi scan of the first page of `styrelse.pdf`) is read
    /// by OCR as the page shows it: its paragraphs' lines one, a word split over a line end joined, the
    /// protocol's `§` the Swedish model reads as `$` a `§`; said to be read so.
    @Test func aScannedPDFIsReadByOCR() throws {
        let read = try extract("skannad.pdf")
        #expect(read.format == .pdf && read.notes == [ScanReader.note])
        let lines = read.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Protokoll styrelsemöte 2023-02-07")
        #expect(lines.contains("§ 2 Ekonomisk rapport") && !read.text.contains("$"), "\(read.text)")
        #expect(lines.contains { $0.hasPrefix("Ordföranden Birgitta Sandell hälsade de närvarande välkomna och förklarade mötet öppnat.") })
        #expect(read.text.contains("socialförvaltningarnas familjehemsenheter"))
        let meeting = MinutesReader.read(read.text, file: "skannad.pdf")
        #expect(meeting.date == "2023-02-07" && meeting.place == "Föreningslokalen, Bjuv")
        #expect(meeting.attendees.map(\.name) == ["Karin Holmberg", "Erik Nyström", "Birgitta Sandell", "Ahmed Karimi"])
        #expect(meeting.items.map(\.title).prefix(3) == ["Mötets öppnande", "Ekonomisk rapport", "Verksamhetsberättelse och årsmöte"])
    }

    /// A scanned page (a list of who came, signed and scanned) before typed ones and a blank one: the
    /// scanned page read by OCR in its place, said so by its number; the blank page, which shows no
    /// picture, not given to OCR.
    @Test func aPDFsScannedPageAmongTypedOnesIsReadByOCRInItsPlace() throws {
        let read = try extract("blandad.pdf")
        #expect(read.format == .pdf)
        #expect(read.notes == ["page 1 has no text layer: read by OCR (tesseract), so a word may be misread"], "\(read.notes)")
        let lines = read.text.split(separator: "\n").map(String.init)
        let typed = try #require(lines.firstIndex { $0.hasSuffix("Protokoll styrelsemöte 2023-02-07") })
        let scanned = try #require(lines.firstIndex { $0.contains("Närvarolista") }, "\(read.text)")
        #expect(scanned < typed)
        #expect(lines.contains { $0.hasPrefix("Lovisa Strandberg") && $0.contains("familjehemskonsulent i Åstorp") }, "\(read.text)")
        #expect(PDFReader.named([3]) == "page 3 has" && PDFReader.named([2, 5]) == "pages 2 and 5 have" && PDFReader.named([2, 3, 4]) == "pages 2, 3 and 4 have")
    }

    /// A scan stamped with a few words of real text (a registry's line at the top, a page's number at
    /// the foot, as Acrobat's "header and footer" stamps one): its pages read by OCR all the same, said so.
    @Test func aScanStampedWithAFewWordsOfTextIsReadByOCR() throws {
        let read = try extract("stamplad.pdf")
        #expect(read.notes == ["pages 1 and 2 have a scan under a few words of text (a stamp, a page's number): read by OCR (tesseract), so a word may be misread"], "\(read.notes)")
        #expect(read.text.contains("medlemsavgiftshöjning") && read.text.contains("fadderverksamheten"), "\(read.text)")
        let meeting = MinutesReader.read(read.text, file: "stamplad.pdf")
        #expect(meeting.date == "2023-02-07" && meeting.attendees.map(\.name) == ["Karin Holmberg", "Erik Nyström", "Birgitta Sandell", "Ahmed Karimi"], "\(read.text)")
    }

    /// A scan kept as a TIFF (page 1 of `styrelse.pdf` at 200 dpi, 1 bit) is read by OCR at the
    /// resolution it says, as a scanned PDF's pages are.
    @Test func aTIFFScanIsReadByOCR() throws {
        let read = try extract("skannad.tif")
        #expect(read.format == .image && read.notes == [ScanReader.note])
        let lines = read.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Protokoll styrelsemöte 2023-02-07", "\(read.text)")
        #expect(lines.contains("§ 2 Ekonomisk rapport") && lines.contains { $0.hasPrefix("Ordföranden Birgitta Sandell hälsade de närvarande välkomna och förklarade mötet öppnat.") })
        let meeting = MinutesReader.read(read.text, file: "skannad.tif")
        #expect(meeting.attendees.map(\.name) == ["Karin Holmberg", "Erik Nyström", "Birgitta Sandell", "Ahmed Karimi"])
    }

    /// Pictures of that page as offices end up with them (`make/pictures.py`): a phone's photo stored
    /// sideways with EXIF's "turn a quarter to the right" (leptonica alone reads it as noise), a
    /// screenshot at a screen's 96 dpi, and the page scanned into Word or LibreOffice, a picture and
    /// no text.
    @Test(arguments: ["liggande.jpg", "skarmbild.png", "inskannad.docx", "inskannad.odt"])
    func aPictureOfAPageIsReadByOCR(_ name: String) throws {
        let read = try extract(name)
        #expect(read.format == ["docx": .word, "odt": .openDocument][(name as NSString).pathExtension] ?? .image && read.notes == [ScanReader.note])
        let meeting = MinutesReader.read(read.text, file: name)
        #expect(meeting.date == "2023-02-07" && meeting.place == "Föreningslokalen, Bjuv", "\(read.text)")
        #expect(meeting.attendees.map(\.name) == ["Karin Holmberg", "Erik Nyström", "Birgitta Sandell", "Ahmed Karimi"], "\(read.text)")
    }

    /// A white PNG of 8 × 8 pixels: a picture with no words (a photo, a logo).
    static let white = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x08, 0x08, 0x00, 0x00, 0x00, 0x00, 0xE1, 0x64, 0xE1,
        0x57, 0x00, 0x00, 0x00, 0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xFC, 0xCF, 0x00, 0x01,
        0x4C, 0x0C, 0x14, 0x31, 0x00, 0x49, 0x41, 0x01, 0x0F, 0x79, 0x60, 0xF3, 0xF8, 0x00, 0x00, 0x00,
        0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ])

    /// A document of text is read as its text, its pictures (a logo) not by OCR; a document of a few
    /// words (a title, a stamp) beside pictures is pages scanned into it: its words, then the pages'.
    @Test func aDocumentIsReadByOCROnlyWhereItsPicturesAreItsPages() throws {
        let page = try #require(try zipEntry(Archive(data: Data(contentsOf: Self.folder.appendingPathComponent("inskannad.docx")), accessMode: .read), "word/media/image1.png", format: .word))
        func docx(_ texts: [String], _ picture: Data) throws -> Extracted {
            let drawing = "<w:p><w:r><w:drawing><a:blip xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" r:embed=\"rId4\"/></w:drawing></w:r></w:p>"
            let data = try OfficeDocumentTests.zip(bytes: [
                ("[Content_Types].xml", Data("<Types/>".utf8)),
                ("word/document.xml", Data("<w:document \(OfficeDocumentTests.w)><w:body>\(texts.map { OfficeDocumentTests.p($0) }.joined())\(drawing)</w:body></w:document>".utf8)),
                ("word/_rels/document.xml.rels", Data("<Relationships><Relationship Id=\"rId4\" Target=\"media/image1.png\"/></Relationships>".utf8)),
                ("word/media/image1.png", picture),
            ])
            return try Extractor.read(data, path: "protokoll.docx")
        }
        let minutes = ["Minnesanteckningar från nätverket för familjehem", "Datum: 2023-03-07", "Närvarande: Ada Berg, Bjuv; Per Lind, Klippan; Eva Holm, Åstorp", "1. Medelpunkten"]
        // (The picture's paragraph an empty line.)
        #expect(try docx(minutes, page).text == minutes.joined(separator: "\n") + "\n")
        // A title over its scanned page: both, in order.
        let scanned = try docx(["Minnesanteckningar 7 februari 2023"], page)
        #expect(scanned.text.hasPrefix("Minnesanteckningar 7 februari 2023\n\n") && scanned.notes == [ScanReader.note])
        #expect(MinutesReader.read(scanned.text, file: "protokoll.docx").attendees.map(\.name) == ["Karin Holmberg", "Erik Nyström", "Birgitta Sandell", "Ahmed Karimi"], "\(scanned.text)")
        // A picture of no words alone: said so; under a title: the title.
        #expect(throws: ExtractError.noText(.word)) { try docx([], Self.white) }
        #expect(try docx(["Minnesanteckningar 7 februari 2023"], Self.white).text == "Minnesanteckningar 7 februari 2023\n")

        let content = "<office:document-content \(OfficeDocumentTests.office) xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:body><office:text>\(minutes.map { "<text:p>\($0)</text:p>" }.joined())<text:p><draw:frame><draw:image xlink:href=\"Pictures/sida.png\"/></draw:frame></text:p></office:text></office:body></office:document-content>"
        let odt = try OfficeDocumentTests.zip(bytes: [
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Data(content.utf8)), ("Pictures/sida.png", page),
        ])
        #expect(try Extractor.read(odt, path: "protokoll.odt").text == minutes.joined(separator: "\n") + "\n")
    }

    /// A picture with no words on it (a photo, a logo) is no minutes: said so, by what OCR found.
    @Test func aPictureWithoutWordsIsSaidToHaveNone() throws {
        let white = Self.white
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-vit-\(UUID().uuidString).png").path
        #expect(FileManager.default.createFile(atPath: path, contents: white))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ExtractError.noText(.image)) { try Extractor.read(white, path: path) }
        #expect(ExtractError.noText(.image).description == "OCR found no words in the picture")
    }

    /// Tesseract's hOCR as pages: a line's words a piece, but where a wide gap parts them (words of one
    /// line one line, however their own boxes lie), in points; `$`, `&` or an `8` opening a line before
    /// a number is the `§` the Swedish model misread, a `$` after a number a dollar; an `I` or `l` in
    /// the number after a `§`, before a title, a `1`.
    @Test func hOCRsWordsAreLinesAndAMisreadSectionSignIsMended() throws {
        func line(_ top: Int, _ words: [(String, Int, Int, Int, Int)]) -> String {
            "<span class='ocr_line' title=\"bbox 300 \(top) 2000 \(top + 50); baseline 0 -10; x_size 50; x_descenders 10; x_ascenders 12\">"
                + words.map { "<span class='ocrx_word' title='bbox \($0.1) \($0.2) \($0.3) \($0.4); x_wconf 90'>\($0.0)</span>" }.joined()
                + "</span>"
        }
        let hOCR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>
            <div class='ocr_page' title='image "sida-1.pgm"; bbox 0 0 2480 3508; ppageno 0'>
            \(line(400, [("$", 300, 400, 330, 450), ("3", 350, 400, 380, 440), ("Budget", 400, 400, 600, 450)]))
            \(line(500, [("Licensen", 300, 500, 500, 540), ("kostar", 520, 500, 660, 540), ("40", 680, 500, 730, 540), ("$", 750, 500, 780, 550)]))
            \(line(600, [("Vi", 300, 600, 350, 640), ("och", 370, 622, 440, 650), ("de", 460, 600, 510, 640), ("Bjuv", 900, 600, 990, 640)]))
            \(line(700, [("Gäst", 300, 700, 400, 740), ("(&amp;", 420, 700, 460, 750), ("4):", 470, 700, 530, 750), ("Ada", 550, 700, 620, 740)]))
            \(line(800, [("8", 300, 800, 330, 840), ("6", 350, 800, 380, 840), ("Övrigt", 400, 800, 520, 840)]))
            \(line(900, [("8", 300, 900, 330, 940), ("6", 350, 900, 380, 940), ("dagar", 400, 900, 520, 940)]))
            \(line(1000, [("Rum", 300, 1000, 380, 1040), ("8", 400, 1000, 430, 1040), ("2", 450, 1000, 480, 1040), ("Kök", 500, 1000, 580, 1040)]))
            \(line(1100, [("$", 300, 1100, 330, 1140), ("I", 350, 1100, 360, 1140), ("Mötets", 400, 1100, 520, 1140), ("öppnande", 540, 1100, 700, 1140)]))
            \(line(1200, [("§", 300, 1200, 330, 1240), ("1l.", 350, 1200, 380, 1240), ("Budget", 400, 1200, 520, 1240)]))
            \(line(1300, [("$", 300, 1300, 330, 1340), ("I", 350, 1300, 360, 1340), ("dag", 400, 1300, 460, 1340), ("Bilaga", 480, 1300, 600, 1340), ("I", 620, 1300, 630, 1340), ("Budget", 650, 1300, 770, 1340)]))
            \(line(1400, [("Ordförande:", 300, 1400, 500, 1440), ("=", 700, 1410, 720, 1430), ("Ada", 740, 1400, 800, 1440), ("Ek", 820, 1400, 860, 1440)]))
            \(line(1500, [("Frånvarande:", 300, 1500, 500, 1540), ("—", 700, 1510, 720, 1530)]))
            </div>
            <div class='ocr_page' title='image "sida-2.tif"; bbox 0 0 1240 1754; ppageno 1; scan_res 150 150'></div>
            <div class='ocr_page' title='image "sida-3.tif"; bbox 0 0 2480 3508; ppageno 2; scan_res 70 70'></div>
            </body></html>
            """
        let pages = try #require(ScanReader.pages(hOCR: Data(hOCR.utf8)))
        #expect(pages.count == 3 && abs(pages[0].width - 595.2) < 0.01 && abs(pages[0].height - 841.92) < 0.01)
        // (At the resolution a page says: 1,240 pixels at 150 dpi an A4's width; 70 dpi, tesseract's
        // guess for an image that says none, taken as 300.)
        #expect(abs(pages[1].width - 595.2) < 0.01 && abs(pages[2].width - 595.2) < 0.01)
        // (A word more than one and a half line sizes from the one before a piece of its own: a table's next cell.)
        #expect(pages[0].pieces.map(\.text) == ["§ 3 Budget", "Licensen kostar 40 $", "Vi och de", "Bjuv", "Gäst (§ 4): Ada", "§ 6 Övrigt", "8 6 dagar", "Rum 8 2 Kök", "§ 1 Mötets öppnande", "§ 11. Budget", "$ I dag Bilaga I Budget", "Ordförande:", "Ada Ek", "Frånvarande:", "—"])
        #expect(PDFLayout.lines(of: pages[0]).map { $0.cells.map(\.text).joined(separator: " | ") }
            == ["§ 3 Budget", "Licensen kostar 40 $", "Vi och de | Bjuv", "Gäst (§ 4): Ada", "§ 6 Övrigt", "8 6 dagar", "Rum 8 2 Kök", "§ 1 Mötets öppnande", "§ 11. Budget", "$ I dag Bilaga I Budget", "Ordförande: | Ada Ek", "Frånvarande: | —"])
    }

    /// A page photographed askew (its lines' baselines sloping 3°, each line's box rising farther
    /// than the lines stand apart): turned straight, each line is a line of its own, its words in
    /// order, a heading its own line above the sentence under it; a page under half a degree askew
    /// is taken as its boxes lie.
    @Test func aPageAskewIsTurnedStraight() throws {
        // (Words 200 pixels wide a gap of 20 apart, rising 0.05 a pixel to the right, the lines 60 apart.)
        func line(_ y: Double, _ words: [String], slope: Double) -> String {
            let boxes = words.indices.map { index -> (Double, Double, Double, Double) in
                let left = 300 + Double(index) * 220
                return (left, y - slope * (left + 200 - 300) - 40, left + 200, y - slope * (left - 300))
            }
            let box = (300.0, boxes.map(\.1).min()!, boxes.last!.2, boxes.map(\.3).max()!)
            return "<span class='ocr_line' title=\"bbox \(Int(box.0)) \(Int(box.1)) \(Int(box.2)) \(Int(box.3)); baseline \(-slope) 0; x_size 40\">"
                + zip(words, boxes).map { "<span class='ocrx_word' title='bbox \(Int($1.0)) \(Int($1.1)) \(Int($1.2)) \(Int($1.3))'>\($0)</span>" }.joined()
                + "</span>"
        }
        func page(slope: Double) throws -> PDFLayout.Page {
            let hOCR = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <div class='ocr_page' title='bbox 0 0 2480 3508; ppageno 0; scan_res 300 300'>
                \(line(1000, ["1.", "Mötets", "öppnande"], slope: slope))
                \(line(1060, ["Ada", "Ek", "öppnade", "mötet", "och", "hälsade", "alla"], slope: slope))
                \(line(1120, ["2.", "Budget"], slope: slope))
                </div></body></html>
                """
            return try #require(ScanReader.pages(hOCR: Data(hOCR.utf8))?.first)
        }
        let lines = { (page: PDFLayout.Page) in PDFLayout.lines(of: page).map { $0.cells.map(\.text).joined(separator: " | ") } }
        #expect(lines(try page(slope: 0.05)) == ["1. Mötets öppnande", "Ada Ek öppnade mötet och hälsade alla", "2. Budget"])
        // (Under half a degree each line stands where its box's top is, its last word's top: pixels
        // 956, 1012 and 1077 of a page at 300 dpi, in points.)
        let slight = try page(slope: 0.005)
        #expect(lines(slight) == ["1. Mötets öppnande", "Ada Ek öppnade mötet och hälsade alla", "2. Budget"])
        let tops: Set<Double> = [956 * 0.24, 1012 * 0.24, 1077 * 0.24]
        #expect(Set(slight.pieces.map(\.top)).allSatisfy { top in tops.contains { abs($0 - top) < 0.001 } } && Set(slight.pieces.map(\.top)).count == 3,
                "\(slight.pieces.map(\.top))")
    }

    /// On pages that show no bold (an OCR's text), a few words standing twice as far from the line
    /// above as from the prose under them are a heading; not a list's first entry, nor a label and its
    /// value, nor any line where the pages show bold of their own.
    @Test func aHeadingWithoutBoldIsToldByTheSpaceItStandsIn() {
        func line(_ top: Double, _ text: String, bold: Bool = false) -> PDFLayout.Piece {
            PDFLayout.Piece(top: top, left: 70, width: Double(text.count) * 6, height: 12, size: 12, spans: [PDFLayout.Span(text: text, bold: bold)])
        }
        let prose = "Ada Berg lyfte att fler barn behöver jourhem under våren."
        let pieces = [
            line(100, "Brist på jourhem"), line(118, prose),
            line(160, "Närvarande"), line(178, "Ada Berg, Bjuv"), line(196, "Per Holm, Klippan"),
            line(240, "Frånvarande: Eva Lind"), line(258, prose),
            line(340, "Rekrytering"), line(380, prose),
        ]
        let text = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: pieces)]).split(separator: "\n").map(String.init)
        #expect(text.contains("## Brist på jourhem") && text.contains("Närvarande") && text.contains("Ada Berg, Bjuv"), "\(text)")
        #expect(text.contains("Frånvarande: Eva Lind") && text.contains("Rekrytering"), "\(text)")
        // (A heading over two lines close together, over its prose: one heading.)
        let twoLines = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: [
            line(100, "Inledning"), line(118, prose), line(160, "EKONOMISKT BISTÅND TILL UNGA"), line(176, "SOM LÄMNAR HVB"), line(194, prose),
        ])])
        #expect(twoLines.contains("## EKONOMISKT BISTÅND TILL UNGA SOM LÄMNAR HVB\n" + prose), "\(twoLines)")
        let bold = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: pieces + [line(400, "Beslut", bold: true), line(418, prose)])])
        #expect(!bold.contains("## Brist på jourhem") && bold.contains("Brist på jourhem"), "\(bold)")
    }

    /// A ruled protocol's item titles in a margin column beside their text, on pages with no bold:
    /// each a heading over its text; a table's short cells beside each other are no such thing.
    @Test func anItemsTitleInTheMarginIsAHeading() {
        func piece(_ top: Double, _ left: Double, _ text: String) -> PDFLayout.Piece {
            PDFLayout.Piece(top: top, left: left, width: Double(text.count) * 5, height: 12, size: 12, spans: [PDFLayout.Span(text: text, bold: false)])
        }
        let text = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: [
            piece(100, 70, "Budget"), piece(100, 200, "Ada Berg lyfte att budgeten för arvoden redan är förbrukad."),
            piece(140, 70, "Bjuv"), piece(140, 200, "Per Holm, enhetschef för vuxna med missbruk och beroende"),
        ])])
        #expect(text.contains("## Budget\nAda Berg lyfte att budgeten för arvoden redan är förbrukad."), "\(text)")
        #expect(text.contains("Bjuv\tPer Holm"), "\(text)")
    }

    /// A label with a list beside it, a name a line in the value's column ("Närvarande:" beside "Ada
    /// Ek, Bjuv" over "Per Holm, Klippan"): each line an entry, not one wrapped cell's words.
    @Test func aLabelsListBesideItIsAnEntryALine() {
        func piece(_ top: Double, _ left: Double, _ text: String) -> PDFLayout.Piece {
            PDFLayout.Piece(top: top, left: left, width: Double(text.count) * 5.5, height: 12, size: 12, spans: [PDFLayout.Span(text: text, bold: false)])
        }
        let text = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: [
            piece(118, 70, "Närvarande:"), piece(118, 200, "Kurt-Olov Bengtsson, Perstorp"),
            piece(136, 200, "Ikram Benali, Höganäs"), piece(154, 200, "Afsaneh Moradi, Helsingborg"),
            piece(200, 70, "Ada Berg lyfte att budgeten för arvoden redan är förbrukad och att det behövs mer."),
        ])])
        #expect(text.hasPrefix("Närvarande:\tKurt-Olov Bengtsson, Perstorp\n\tIkram Benali, Höganäs\n\tAfsaneh Moradi, Helsingborg\n"), "\(text)")
    }

    /// A label's list as long as a full line, ending at a kommun's parenthesis, over a sentence: the
    /// list has ended (one going on wraps after its comma), so the sentence is a paragraph of its own.
    @Test func aLabelsListEndingAtItsKommunIsNotWrappedIntoTheSentenceUnderIt() {
        func piece(_ top: Double, _ text: String) -> PDFLayout.Piece {
            PDFLayout.Piece(top: top, left: 70, width: Double(text.count) * 5.5, height: 12, size: 12, spans: [PDFLayout.Span(text: text, bold: false)])
        }
        let text = PDFLayout.text([PDFLayout.Page(width: 595, height: 842, pieces: [
            piece(100, "Ada Berg lyfte att budgeten för arvoden redan är förbrukad och att det behövs mer nu."),
            piece(118, "Deltagare: Per Holm (Klippan), Eva Lind (Bjuv), Ola Ek (Höganäs), Kim Ros (Svalöv),"),
            piece(136, "Ida Berg (Perstorp)"),
            piece(154, "Frånvarande: Ann-Charlotte Hedin (Helsingborg), Kennet Dahlin (Örkelljunga)"),
            piece(172, "Ann-Charlotte var sjuk, så Per ledde mötet."),
        ])])
        #expect(text.contains("Kim Ros (Svalöv), Ida Berg (Perstorp)\n"), "\(text)")
        #expect(text.contains("Kennet Dahlin (Örkelljunga)\nAnn-Charlotte var sjuk"), "\(text)")
    }

    @Test func aPDFLosesItsRepeatedFooter() throws {
        let text = try extract("styrelse.pdf").text
        #expect(!text.contains("Styrelseprotokoll 2023-02-07 – sida"))
        #expect(text.contains("Protokoll styrelsemöte 2023-02-07"))
    }

    @Test(arguments: [
        ("trasig.docx", ExtractError.corrupt(.word, "not a zip archive")), ("krypterad.pdf", .encrypted(.pdf)),
        ("losenord.docx", .encrypted(.word)),
        ("tom_skanning.pdf", .noText(.pdf)),
    ])
    func whatCannotBeReadSaysWhy(file: String, error: ExtractError) {
        #expect(throws: error) { try extract(file) }
    }

    @Test func anEmailIsItsTextAndEachAttachedFileOfMinutes() throws {
        let url = Self.folder.appendingPathComponent("kallelse.eml")
        let parts = try Extractor.parts(try Data(contentsOf: url), path: url.path)
        #expect(parts.map(\.format) == [.email, .word])
        #expect(parts.map(\.part) == [nil, "natverk.docx"])
        #expect(parts[0].text.hasPrefix("Minnesanteckningar från nätverksträffen"), "\(parts[0].text)")
        let attached = Reading(MinutesReader.read(parts[1].text, file: "x")), twin = try reading("natverk.txt")
        #expect(attached == twin)
    }

    /// Two attachments of one name are two meetings, each read and named apart: one did not take the
    /// other's place in the index.
    @Test func attachmentsOfOneNameAreNamedApart() throws {
        let attachment = { (text: String) in
            "--grans\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; filename=\"Minnesanteckningar.txt\"\r\n\r\n\(text)\r\n"
        }
        let mail = "From: Anna Berg <anna@bjuv.example>\r\nTo: ifo@lista.example\r\nDate: Wed, 12 May 2021 16:00:00 +0200\r\n"
            + "Subject: Tva moten\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"grans\"\r\n\r\n"
            + "--grans\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHär är båda.\r\n"
            + attachment("Minnesanteckningar 2021-03-10\nFamiljehem") + attachment("Minnesanteckningar 2021-04-14\nBudget")
            + attachment("Minnesanteckningar 2021-05-12\nLVU") + "--grans--\r\n"
        let parts = try Extractor.parts(Data(mail.utf8), path: "två.eml")
        #expect(parts.map(\.part) == [nil, "Minnesanteckningar.txt", "Minnesanteckningar (2).txt", "Minnesanteckningar (3).txt"])
        #expect(parts.dropFirst().map { $0.text.contains("Familjehem") } == [true, false, false])
        #expect(parts.last?.text.contains("LVU") == true)
        var names: Set = ["protokoll"]
        #expect(EmailReader.unique("protokoll", among: &names) == "protokoll (2)")
    }

    @Test func mimeWordsAndQuotedPrintableDecode() {
        #expect(MIMEPart.decodeWords("=?UTF-8?B?TsOkdHZlcmtldA==?= i =?iso-8859-1?Q?H=F6gan=E4s?=") == "Nätverket i Höganäs")
        #expect(String(decoding: MIMEPart.quotedPrintable(Data("H=C3=B6gan=C3=\r\n=A4s".utf8)), as: UTF8.self) == "Höganäs")
    }

    @Test func htmlAsPeopleWriteItWithTagsLeftOpen() throws {
        let page = "<html><body><h1>Minnesanteckningar</h1><p>Datum: 2022-11-18<ul><li>Första<b> punkten</b><li>Andra</ul>"
            + "<p><span>Anna</span> <span>Berg</span></p>"
            + "<table><tr><td>Anna Berg<td>Bjuv</table><script>var x = 1;</script></body></html>"
        let read = try Extractor.read(Data(page.utf8), path: "x.html")
        #expect(read.format == .html)
        #expect(read.text == "# Minnesanteckningar\nDatum: 2022-11-18\n- Första **punkten**\n- Andra\nAnna Berg\nAnna Berg\tBjuv")
    }
}

/// An HTML list numbered as the page shows it: by its `type` (letters, Roman numerals), from its
/// `start`, an entry's `value` numbering it and those after it anew.
@Suite struct HTMLListNumberTests {
    @Test func aListIsNumberedAsThePageShowsIt() throws {
        let page = "<html><body><p>Förslag:</p><ol type=\"a\"><li>gemensam rutin</li><li>utbildning</li></ol>"
            + "<ol start=\"4\"><li>Övrigt</li></ol><ol type=\"I\"><li>Runda</li><li value=\"9\">Nästa möte</li><li>Avslut</li></ol></body></html>"
        let text = try Extractor.read(Data(page.utf8), path: "x.html").text
        #expect(text == "Förslag:\na) gemensam rutin\nb) utbildning\n4. Övrigt\nI. Runda\nIX. Nästa möte\nX. Avslut", "\(text)")
    }
}

/// The extracted text of a file of a folder of Fixtures/Layouts.
func layoutText(_ folder: String, _ file: String) throws -> String {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Layouts/\(folder)/\(file)").path
    return try Extractor.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path).text
}

/// Old Word files through antiword's DocBook, on one of varied49's minutes saved by LibreOffice as a
/// Word 97 file (Layouts/word97): what its plain text loses, kept.
@Suite struct WordBinaryTests {
    static func text(_ file: String) throws -> String { try layoutText("word97", file) }

    /// Headings by their depth, bullets, a table a row a line with its cells apart, bold.
    @Test func headingsListsTablesAndBoldAreKept() throws {
        let text = try Self.text("forsorjningsstod_rubrikstilar.doc")
        #expect(text.contains("\n## Runda i kommunerna\n"), "\(text)")
        #expect(text.contains("\n### Hemutrustning\n"))
        #expect(text.contains("\n- Bjuv: två nya socialsekreterare har börjat"))
        #expect(text.contains("\nSagal Jama\tÅstorp\tJa\n"))
        #expect(text.contains("**Beslut:** Ghassan och Golnaz sammanställer"))
    }

    /// A paragraph's line breaks (DocBook drops them; the plain text has them), a label's tab, and
    /// headings each a numbered list's bold entry of its own numbered on, not each "1.".
    @Test func lineBreaksTabsAndNumberedHeadingsAreKept() throws {
        let text = try Self.text("familjehem_paragrafer_kommentar.doc")
        #expect(text.contains("\nTisdag 21 april 2026, kl. 13.15–16.00\nKlippan, Familjecentralen Vitsippan"), "\(text)")
        #expect(text.contains("1. **Mötets öppnande**") && text.contains("2. **Runda – läget i kommunerna**"))
        #expect(text.contains("4. **Rekrytering av familjehem**"))
        #expect(try Self.text("familjeratt_protokoll_kontrollfalt.doc").contains("\nKittipong Saelim\tPerstorp\n"))
        #expect(try Self.text("familjeratt_protokoll_kontrollfalt.doc").contains("\na) barnets egna synpunkter"))
    }
}

/// A `.doc`'s page head and foot (antiword shows neither), through wvWare, on varied56's Word 97 files.
@Suite struct WordBinaryHeadTests {
    static func text(_ file: String) throws -> String { try layoutText("varied56", file) }

    /// The network only the page's head names comes first, as Word's reader puts a head; the file's
    /// title property (antiword's book title) is no text.
    @Test func thePagesHeadComesFirst() throws {
        let text = try Self.text("barngrupper_sidhuvud_kryssmarkering.doc")
        #expect(text.hasPrefix("**Barngruppsnätverket**"), "\(text)")
        #expect(!text.contains("Anteckningar barngrupps"))
    }

    /// A foot's page number, its field's last value ("Sida 2 (2)"), is none of its text.
    @Test func theFootsPageNumberIsDropped() throws {
        let text = try Self.text("avgifter_maskinskrivet_tabbstopp.doc")
        #expect(text.hasPrefix("Klippans kommun, Socialförvaltningen\n"), "\(text)")
        #expect(!text.contains("Sida 2"))
    }
}

/// RTF through catdoc, on varied56's WordPad note and LibreOffice's RTF: catdoc's lines as a reader
/// takes them.
@Suite struct RTFTests {
    static func text(_ file: String) throws -> String { try layoutText("varied56", file) }

    /// A letter beyond Latin-1 ("\u432?", ư) without the fallback catdoc writes after it.
    @Test func lettersBeyondLatin1WithoutTheirFallback() throws {
        let text = try Self.text("faltassistenter_wordpad_anteckning.rtf")
        #expect(text.contains("Phượng Đặng (Ängelholm), Mirosław Kowalczyk (Båstad)"), "\(text)")
        // (A question's mark after a Latin letter stays.)
        #expect(!text.contains("?ng") && !text.contains("ł?"))
    }

    /// Lines without the spaces of their indent, a list's mark one space before its text, a page's
    /// number alone no line.
    @Test func linesAsTheyStand() throws {
        let text = try Self.text("familjeradgivare_versaler_punktlistor.rtf")
        #expect(text.contains("\n§ 1\tMÖTETS ÖPPNANDE\n"), "\(text)")
        #expect(text.contains("\n– Helsingborg: Har fått en tredje familjerådgivare"))
        #expect(!text.contains("Sida 2 av 2"))
    }

    /// TextEdit's RTF ends its paragraphs with a backslash before the line's end: each a line of its
    /// own, an empty paragraph an empty line (varied66's file, and one made here).
    @Test func paragraphsEndingInABackslashAreLines() throws {
        let text = try layoutText("varied66", "Missbruksnatverket 22 sept 2009.rtf")
        #expect(text.contains("\nPlats:\tÄngelholm, Socialförvaltningen, rum Rönneå\n"), "\(text)")
        #expect(text.contains("\tMilica Jović, Perstorp\n"))
        #expect(text.contains("(punkt 3)\n\nPunkt 1 – Mötets öppnande\n"))
        // (Made here: CRLF, and a backslash of the text, "\\", before a line's end is no paragraph's end.)
        let rtf = "{\\rtf1\\ansi\\ansicpg1252\\cocoartf949\r\n\\f0 N\\'e4rvarande:\\\r\nAnna Berg, Bjuv\\\r\n\\\r\nS\\'f6kv\\'e4g C:\\\\\r\nTemp\\\r\n}"
        let read = try Extractor.read(Data(rtf.utf8), path: "anteckning.rtf").text
        // (catdoc drops the text's backslash itself.)
        #expect(read.hasPrefix("Närvarande:\nAnna Berg, Bjuv\n\nSökväg C:") && !read.contains("\nTemp"), "\(read)")
        #expect(RTFReader.paragraphsSpelledOut(Data("{\\rtf1 Ingen\\par\n}".utf8)) == nil)
        let spelled = RTFReader.paragraphsSpelledOut(Data("a\\\\\nb\\\r\nc\\\\\\\nd".utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(spelled == "a\\\\\nb\\par\r\nc\\\\\\par\nd")
    }
}

/// Outlook's `.msg` files through msgconvert, on varied58's: read as the mail each was.
@Suite struct OutlookTests {
    static func path(_ file: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Layouts/varied58/\(file)").path
    }

    /// A message's text is its subject and body, not its property streams or Outlook's HTML; said to
    /// be Outlook's.
    @Test func aMessageIsReadAsTheMailItWas() throws {
        let path = Self.path("skuldradgivning_outlook365_html_mottaget.msg")
        let read = try Extractor.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        #expect(read.format == .outlook)
        #expect(read.text.hasPrefix("Minnesanteckningar skuldrådgivarnätverket 5/3\n"), "\(read.text)")
        #expect(read.text.contains("**Plats:** Ängelholm, Stadshuset, sammanträdesrum Skäldervik\n"))
        // (Outlook's HTML numbers its items by its lists' start: the third list's first is 3.)
        #expect(read.text.contains("\n3. Information om skuldsanering på lätt svenska\n"))
        #expect(!read.text.contains("__substg1.0") && !read.text.contains("MsoNormal") && !read.text.contains("IPM.Note"))
    }

    /// An old Outlook's file, its strings in Windows-1252: its subject too (msgconvert writes it as
    /// those bytes).
    @Test func anOldOutlooksWindows1252IsRead() throws {
        let path = Self.path("anhorigkonsulenter_outlook2003_ansi_skickat.msg")
        let read = try Extractor.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        #expect(read.text.hasPrefix("Minnesanteckningar anhörigkonsulenterna 17/2\n"), "\(read.text)")
        #expect(read.text.contains("Clément Roussel (Svalöv), ordf."))
    }

    /// An attached file of minutes is a part of its own, named as Outlook named it (RFC 2231's pieces,
    /// not msgconvert's cut ASCII stand-in), in its own format.
    @Test func anAttachmentIsAPartOfItsOwn() throws {
        let path = Self.path("personligt_ombud_bifogad_docx.msg")
        let parts = try Extractor.parts(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        #expect(parts.map(\.part) == [nil, "Anteckningar från PO-nätverkets träff i Örkelljunga 2026-01-21.docx"])
        #expect(parts.map(\.format) == [.outlook, .word])
    }

    /// A file that only looks like a message is named as such, without Perl's line numbers.
    @Test func aBrokenMessageIsSaidSo() throws {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100))
        data.append(OutlookReader.properties)
        data.append(Data(count: 400))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-test-\(UUID().uuidString).msg")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect {
            try Extractor.read(data, path: file.path)
        } throws: { error in
            guard case .corrupt(.outlook, let reason) = error as? ExtractError else { return false }
            return !reason.isEmpty && !reason.contains("line ")
        }
    }
}
