import Foundation
import Testing

@testable import MinnesExtract

/// Minutes as they are mailed and saved as web pages (Layouts/varied52's layouts, in small).
@Suite struct WebAndMailTests {
    static func html(_ page: String) throws -> String {
        try Extractor.read(Data(page.utf8), path: "sida.html").text
    }

    /// A page saved from an intranet: its article, not the site's menu, cookie notice, side bar and
    /// footer around it.
    @Test func aSavedPageIsItsMainTextWithoutTheSitesFurniture() throws {
        let page = """
            <!DOCTYPE html><html><head><title>Nätverk</title></head><body>
            <div class="cookies"><p>Vi använder kakor.</p></div><header><nav><ul><li>Start</li><li>Nätverk</li></ul></nav></header>
            <main><article><h1>Nätverket för samhällsorientering</h1><dl><dt>Datum</dt><dd>2026-04-13</dd><dt>Plats:</dt><dd>Stadshuset</dd></dl></article></main>
            <aside><p>Senast ändrad av Bjarke Nielsen 2026-04-20</p></aside><footer><p>Stadshuset, Landskrona</p></footer>
            </body></html>
            """
        // (A definition list's terms and descriptions as labels and their values.)
        #expect(try Self.html(page) == "# Nätverket för samhällsorientering\nDatum: 2026-04-13\nPlats: Stadshuset")
        // (A page without a main part of its own is read whole, but for its menus.)
        #expect(try Self.html("<html><body><nav><p>Start</p></nav><p>Datum: 2026-04-13</p><footer><p>Kontakt</p></footer></body></html>")
            == "Datum: 2026-04-13\nKontakt")
    }

    /// Word's web page: its conditional parts' marks gone, what they hold kept ("1. " before a
    /// title), and a cell's paragraphs one cell (a list of names apart by semicolons).
    @Test func wordsWebPageReadsAsItShows() throws {
        let page = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties>
            </o:DocumentProperties></xml><![endif]--></head><body><div class=WordSection1>
            <h2><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; </span></span><![endif]>Runda</h2>
            <table><tr><td><p><b>Närvarande</b></p></td><td><p>Ada Ek, Bjuv</p><p>Bo Berg, Klippan</p></td></tr>
            <tr><td><p>Plats</p></td><td><p>Klippan, Forum,</p><p>rum Söderåsen</p></td></tr></table></div></body></html>
            """
        let text = try Self.html(page)
        // (A cell bold as a whole is what it says, as Word's reader reads one.)
        #expect(text == "## 1. Runda\nNärvarande\tAda Ek, Bjuv; Bo Berg, Klippan\nPlats\tKlippan, Forum, rum Söderåsen", "\(text)")
        // (Word's "<o:p>", which libxml2 reads as "<p>", ends no paragraph inside a bold run.)
        #expect(try Self.html("<html><body><p class=MsoNormal><b><span style='font-size:12pt'>Incheckning<o:p></o:p></span></b></p><p>Kort runda.<o:p></o:p></p></body></html>")
            == "**Incheckning**\nKort runda.")
    }

    static func mail(_ headers: String, _ body: String) -> Data {
        Data((headers.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n")).utf8)
    }

    /// An Outlook mail whose plain part only says to read the HTML: the HTML's text is the mail's.
    @Test func aMailWrittenInHTMLIsItsPage() throws {
        let data = Self.mail("From: Rasha Haddad <rasha@hoganas.se>\nSubject: Minnesanteckningar\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"", """
            --b
            Content-Type: text/plain; charset=utf-8

            Anteckningarna finns i HTML-versionen.
            --b
            Content-Type: text/html; charset=windows-1252

            <html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>
            <p class=MsoNormal><b>Datum:</b> onsdag 22 oktober 2025</p><p class=MsoNormal>Nimco Warsame tog upp att kön växer.</p></body></html>
            --b--
            """)
        let text = try Extractor.read(data, path: "brev.eml").text
        #expect(text == "Minnesanteckningar\n\n**Datum:** onsdag 22 oktober 2025\nNimco Warsame tog upp att kön växer.")
    }

    /// An attachment named as RFC 2231 writes a name beyond ASCII: read, under that name.
    @Test func anAttachmentNamedInRFC2231IsRead() throws {
        let data = Self.mail("From: Rasha Haddad <rasha@hoganas.se>\nSubject: Anteckningar\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"", """
            --b
            Content-Type: text/plain; charset=utf-8

            Hej! Bifogar anteckningarna.
            --b
            Content-Type: text/plain
            Content-Disposition: attachment; filename*=UTF-8''Anteckningar%20fr%C3%A5n%20tr%C3%A4ffen.txt

            Minnesanteckningar 2026-02-10
            --b--
            """)
        let parts = try Extractor.parts(data, path: "brev.eml")
        #expect(parts.map(\.part) == [nil, "Anteckningar från träffen.txt"])
        #expect(MIMEPart(Data("Content-Type: text/plain; name*=iso-8859-1''Tr%E4ff.docx\n\n".utf8)).fileName == "Träff.docx")
        // In pieces, each percent-encoded or not, over a cut ASCII stand-in.
        let pieces = "Content-Disposition: attachment;\n filename*1*=f%20i%20%C3%96rkelljunga.docx;\n filename*0*=UTF-8''Anteckningar%20fr%C3%A5n%20tr%C3%A4f;\n filename*2=\" (2)\";\n filename=\"Anteckningar fran traff...\"\n\n"
        #expect(MIMEPart(Data(pieces.utf8)).fileName == "Anteckningar från träff i Örkelljunga.docx (2)")
    }

    /// A web page kept as one file, as Word saves one ("Webbarkiv, en fil"): its page's text, not its
    /// MIME or its pictures.
    @Test func aWebArchiveIsItsPage() throws {
        let archive = Self.mail("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DC\"", """
            Det här dokumentet är en webbsida i en fil, även kallad webbarkivfil.

            ------=_NextPart_01DC
            Content-Location: file:///C:/D2C0A2B1/Anteckningar.htm
            Content-Transfer-Encoding: quoted-printable
            Content-Type: text/html; charset="windows-1252"

            <html><body><p class=3DMsoNormal><b>Datum:</b> 2026-03-05</p><p class=3DMsoNormal>N=E4rvarande: Ada Berg</p></body></html>
            ------=_NextPart_01DC
            Content-Location: file:///C:/D2C0A2B1/Anteckningar_files/image001.png
            Content-Transfer-Encoding: base64
            Content-Type: image/png

            iVBORw0KGgo=
            ------=_NextPart_01DC--
            """)
        let read = try Extractor.read(archive, path: "anteckningar.mht")
        #expect(read.format == .webArchive)
        #expect(read.text == "**Datum:** 2026-03-05\nNärvarande: Ada Berg", "\(read.text)")
    }

    /// A mail forwarded as an attachment (`message/rfc822`) is read as the mail it is, named as written
    /// or, without a name, by its subject as a mail program saves it; a digest's messages, which say
    /// no type, are messages too.
    @Test func aMessageInsideAMailIsReadAsAMail() throws {
        let inner = "From: Ada Berg <ada@bjuv.se>\r\nSubject: =?utf-8?Q?Anteckningar_n=C3=A4tverket_5/3?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDatum: 2026-03-05\r\nNärvarande: Ada Berg, Per Holm"
        let forwarded = Self.mail("From: Per Holm <per@klippan.se>\nSubject: VB: Anteckningar\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"", """
            --b
            Content-Type: text/plain; charset=utf-8

            Se bifogat.
            --b
            Content-Type: message/rfc822

            \(inner)
            --b--
            """)
        let parts = try Extractor.parts(forwarded, path: "vb.eml")
        #expect(parts.map(\.part) == [nil, "Anteckningar nätverket 5-3.eml"])
        #expect(parts.last?.text.contains("Närvarande: Ada Berg, Per Holm") == true, "\(parts)")
        let digest = Self.mail("From: lista@fh.se\nSubject: Nätverkets lista, nr 12\nMIME-Version: 1.0\nContent-Type: multipart/digest; boundary=\"d\"", """
            --d

            From: Eva Lind <eva@svalov.se>
            Subject: Tack!

            Tack för i går!
            --d

            \(inner)
            --d--
            """)
        // (The digest's own text, the list's contents, is no one's mail.)
        #expect(try Extractor.parts(digest, path: "digest.eml").map(\.part) == ["Tack!.eml", "Anteckningar nätverket 5-3.eml"])
    }

    /// Gmail's alternative parts: the HTML keeps the table its plain part flattens, so the HTML is the
    /// text when it says about as much; a plain part that says much more than a page of a few words is.
    @Test func aMailsHTMLIsItsTextWhenItSaysAsMuch() throws {
        func mail(_ plain: String, _ html: String) -> Data {
            Self.mail("From: Ada <ada@bjuv.se>\nSubject: Anteckningar\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"", """
                --b
                Content-Type: text/plain; charset=utf-8

                \(plain)
                --b
                Content-Type: text/html; charset=utf-8

                <html><body>\(html)</body></html>
                --b--
                """)
        }
        let table = "<table><tr><td>Rawand Aziz</td><td>Bjuv</td></tr><tr><td>Priyanka Menon</td><td>Klippan</td></tr></table><p><b>Beslut:</b> Ada samordnar.</p>"
        let text = try Extractor.read(mail("Rawand Aziz Bjuv\nPriyanka Menon Klippan\n*Beslut:* Ada samordnar.", table), path: "m.eml").text
        #expect(text.contains("Rawand Aziz\tBjuv") && text.contains("**Beslut:** Ada samordnar.") && !text.contains("Rawand Aziz Bjuv"), "\(text)")
        let plain = "Rawand Aziz tog upp att väntetiderna har blivit längre i Bjuv under hösten och vintern, och att familjerna hör av sig igen."
        #expect(try Extractor.read(mail(plain, "<p>Se bifogad fil.</p>"), path: "m.eml").text.contains(plain))
    }

    /// Apple Mail's and Thunderbird's `format=flowed`: a line ending in a space goes on in the next, at
    /// the same quote depth; a space-stuffed line loses its stuffing; the signature's "-- " stays a line.
    @Test func flowedLinesAreOneParagraph() throws {
        let data = Self.mail("From: Ada <ada@bjuv.se>\nSubject: Anteckningar\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed", """
            Solène Marchand tog upp att färdtjänstresorna till daglig verksamhet blir \nförsenade varje morgon.
             From the minutes: a stuffed line.
            > Citerat som går \n> vidare.
            -- \nSolène
            """)
        let text = try Extractor.read(data, path: "m.eml").text
        #expect(text == """
            Anteckningar

            Solène Marchand tog upp att färdtjänstresorna till daglig verksamhet blir försenade varje morgon.
            From the minutes: a stuffed line.
            > Citerat som går vidare.
            -- \nSolène
            """, "\(text)")
        let deleted = Self.mail("From: Ada <ada@bjuv.se>\nSubject: S\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes", "färdtjänst \nresorna")
        #expect(try Extractor.read(deleted, path: "m.eml").text == "S\n\nfärdtjänstresorna")
    }

    /// A mail in the charset it names, though its bytes are too few to tell (old Apple Mail's Mac OS
    /// Roman: ö 9A, ä 8A, where Windows-1252 has š and Š), its subject's encoded word too; one naming
    /// Latin-1 but in UTF-8 is UTF-8.
    @Test func aMailIsReadInTheCharsetItNames() throws {
        func mail(_ charset: String, _ body: String) -> Data {
            Self.mail("From: Ada <ada@bjuv.se>\nSubject: =?x-mac-roman?Q?M=9Ate_i_Bjuv?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\(charset)\nContent-Transfer-Encoding: quoted-printable", body)
        }
        #expect(try Extractor.read(mail("macintosh", "Tr=8Affas i Bjuv."), path: "m.eml").text == "Möte i Bjuv\n\nTräffas i Bjuv.")
        #expect(try Extractor.read(mail("\"x-mac-roman\"", "Tr=8Affas i Bjuv."), path: "m.eml").text == "Möte i Bjuv\n\nTräffas i Bjuv.")
        #expect(try Extractor.read(mail("iso-8859-1", "Tr=C3=A4ffas i Bjuv."), path: "m.eml").text == "Möte i Bjuv\n\nTräffas i Bjuv.")
    }

    /// A mailbox (Thunderbird's, Google's or Apple Mail's export) is its messages, each read as the mail
    /// it is and named by its subject; a text line that begins "From " (quoted by the mailbox as
    /// ">From ", or not, after a line of text) is text; the mailbox has no text of its own.
    @Test func aMailboxIsItsMessages() throws {
        let mailbox = Data("""
            From - Tue Feb 03 09:12:44 2026
            X-Mozilla-Status: 0001
            From: Ada Berg <ada@bjuv.se>
            Subject: Anteckningar 3/2
            Content-Type: text/plain; charset=utf-8

            Datum: 2026-02-03
            >From Bjuv kom Ada Berg.
            > Ada skrev: citat
            Beslut: att ses igen.
            From Klippan kom ingen.
            Plats: Klippan

            From Åstorp kom två.
            Per Holm sa: ja.

            From - Tue Mar 03 10:00:00 2026
            From: Per Holm <per@klippan.se>
            Subject: Anteckningar 3/2

            Datum: 2026-03-03
            >>From here on quoted twice.

            """.utf8)
        let parts = try Extractor.parts(mailbox, path: "nätverket.mbox")
        #expect(parts.map(\.part) == ["Anteckningar 3-2.eml", "Anteckningar 3-2 (2).eml"])
        #expect(parts.map(\.format) == [.email, .email])
        #expect(parts[0].text == "Anteckningar 3/2\n\nDatum: 2026-02-03\nFrom Bjuv kom Ada Berg.\n> Ada skrev: citat\nBeslut: att ses igen.\nFrom Klippan kom ingen.\nPlats: Klippan\n\nFrom Åstorp kom två.\nPer Holm sa: ja.", "\(parts[0].text)")
        #expect(parts[1].text.hasSuffix("Datum: 2026-03-03\n>From here on quoted twice."), "\(parts[1].text)")
        // (A text that opens "From " but holds no mail is text.)
        #expect(try Extractor.read(Data("From Bjuv: Ada Berg\nDatum: 2026-02-03\n".utf8), path: "a.txt").format == .text)
    }

    /// A mail whose only text is RTF (Outlook's "Rich text", as `msgconvert` gives it) is read through
    /// that RTF.
    @Test func aMailInRichTextAloneIsItsRTF() throws {
        func mail(_ rtf: String) -> Data {
            Self.mail("From: Ada <ada@bjuv.se>\nSubject: Anteckningar\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b\"", """
                --b
                Content-Type: application/rtf
                Content-Disposition: inline

                \(rtf)
                --b--
                """)
        }
        let read = try Extractor.read(mail(#"{\rtf1\ansi\ansicpg1252 {\b N\'e4rvarande:} Ada Berg, Bjuv\par Beslut: att tr\'e4ffas p\'e5 V\'e4la.\par}"#), path: "m.eml")
        #expect(read.text.contains("Närvarande: Ada Berg, Bjuv"), "\(read.text)")
        #expect(read.text.contains("Beslut: att träffas på Väla."), "\(read.text)")
        #expect(read.notes.isEmpty)
    }

    /// A WebVTT transcript (Teams' download) is who said what, a cue a line with when it began, without
    /// the cues' ids, timings and markup; a note and a cue without a voice are read as such.
    @Test func aWebVTTTranscriptIsWhoSaidWhat() throws {
        let vtt = Data("""
            WEBVTT

            NOTE Teams

            3f1c/4-0
            00:00:04.180 --> 00:00:09.018
            <v Ada Berg>Hej &amp; välkomna, <i>alla</i>.</v>

            3f1c/5-0
            00:01:16.101 --> 00:01:24.464
            <v.talare Lwazi Ndlovu (Gäst)>Tack.</v>

            00:02.000 --> 00:03.000
            [musik]
            """.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let read = try Extractor.read(vtt, path: "möte.vtt")
        #expect(read.format == .transcript)
        #expect(read.text == "[00:00:04] Ada Berg: Hej & välkomna, alla.\n[00:01:16] Lwazi Ndlovu (Gäst): Tack.\n[musik]", "\(read.text)")
    }
}
