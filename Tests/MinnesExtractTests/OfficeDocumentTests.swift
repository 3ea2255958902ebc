import Foundation
import Testing
import ZIPFoundation

@testable import MinnesExtract
@testable import MinnesParse

/// Word and OpenDocument files as their programs save them, built here part by part: what a person
/// sees on the page is the text; what they do not see (deleted, hidden, a comment, a placeholder)
/// is not.
@Suite struct OfficeDocumentTests {
    /// (OpenDocument's `mimetype` first and stored, as its programs write it and readers look for it.)
    static func zip(_ parts: [(String, String)]) throws -> Data {
        try zip(bytes: parts.map { ($0, Data($1.utf8)) })
    }

    static func zip(bytes parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: path == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    /// A .docx of body (the inside of `w:body`) and any other parts (`word/…`).
    static func docx(_ body: String, _ parts: [(String, String)] = []) throws -> String {
        let document = "<?xml version=\"1.0\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
        let data = try zip([("[Content_Types].xml", "<Types/>"), ("word/document.xml", document)] + parts)
        return try Extractor.read(data, path: "protokoll.docx").text
    }

    static func p(_ text: String, style: String? = nil, number: (Int, Int)? = nil) -> String {
        let properties = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
            + (number.map { "<w:numPr><w:ilvl w:val=\"\($0.1)\"/><w:numId w:val=\"\($0.0)\"/></w:numPr>" } ?? "")
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A Word file of no text whose only picture is no picture OCR reads (a drawing kept as EMF) is a
    /// file with no text, as it was: not a picture sent to img2pdf and said to be corrupt.
    @Test func aWordFileOfADrawingAloneHasNoText() throws {
        let body = "<w:p><w:r><w:drawing><a:blip xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" r:embed=\"rId4\"/></w:drawing></w:r></w:p>"
        let rels = "<Relationships><Relationship Id=\"rId4\" Target=\"media/image1.emf\"/></Relationships>"
        #expect(try Self.docx(body, [("word/_rels/document.xml.rels", rels), ("word/media/image1.emf", "\u{1}\0\0\0 EMF")]) == "")
    }

    /// A Word file broken as a download or a disk breaks one (the fuzzer's finds): it is said to be
    /// corrupt, and nothing traps. A trap would stop the whole `minnes index` run.
    @Test func aBrokenWordFileIsSaidCorruptAndNothingTraps() throws {
        let document = Data("<w:document \(Self.w)><w:body>\(Self.p("Budget"))</w:body></w:document>".utf8)
        let good = try Self.zip(bytes: [("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", document)])
        #expect(try Extractor.read(good, path: "protokoll.docx").text == "Budget")
        // The zip's end record pointing its directory past the file's end (16 bytes into "PK\u{5}\u{6}").
        let end = try #require(good.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06]))).lowerBound
        var pastEnd = good
        pastEnd.replaceSubrange((end + 16)..<(end + 20), with: [0x00, 0xFF, 0xFF, 0x7F])
        #expect(throws: ExtractError.corrupt(.word, "no word/document.xml")) { try Extractor.read(pastEnd, path: "protokoll.docx") }
        // An element's name broken off inside a character (Foundation's XMLParser traps on it).
        let broken = Data("<w:document \(Self.w)><w:body><w:p".utf8) + Data([0xC3]) + Data("/></w:body></w:document>".utf8)
        let brokenBody = try Self.zip(bytes: [("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", broken)])
        #expect(throws: ExtractError.corrupt(.word, "word/document.xml: not UTF-8")) { try Extractor.read(brokenBody, path: "protokoll.docx") }
        // Broken styles only: the text, every paragraph plain.
        let brokenStyles = try Self.zip(bytes: [
            ("[Content_Types].xml", Data("<Types/>".utf8)), ("word/document.xml", document),
            ("word/styles.xml", Data("<w:styles \(Self.w)><w:style".utf8) + Data([0xC3]) + Data("/></w:styles>".utf8)),
        ])
        #expect(try Extractor.read(brokenStyles, path: "protokoll.docx").text == "Budget")
    }

    /// OpenDocument alike: its content broken inside an element's name is corrupt, its styles broken
    /// leave the text plain.
    @Test func aBrokenOpenDocumentFileIsSaidCorruptAndNothingTraps() throws {
        let office = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#
        let mimetype = ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))
        let content = Data("<office:document-content \(office)><office:body><office:text><text:p>Budget</text:p></office:text></office:body></office:document-content>".utf8)
        let brokenStyles = Data("<office:document-styles \(office)><text:p".utf8) + Data([0xC3]) + Data("/></office:document-styles>".utf8)
        #expect(try Extractor.read(Self.zip(bytes: [mimetype, ("content.xml", content), ("styles.xml", brokenStyles)]), path: "protokoll.odt").text == "Budget")
        let brokenContent = Data("<office:document-content \(office)><office:body><text:p".utf8) + Data([0xC3]) + Data("/></office:body></office:document-content>".utf8)
        #expect(throws: ExtractError.corrupt(.openDocument, "content.xml: not UTF-8")) {
            try Extractor.read(Self.zip(bytes: [mimetype, ("content.xml", brokenContent)]), path: "protokoll.odt")
        }
    }

    @Test func aWordHeadingNumberedByItsStyleShowsItsNumber() throws {
        // Norwegian Word: the style's id is Overskrift2, its name "heading 2", its list in the style.
        let styles = """
            <w:styles \(Self.w)><w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/>
            <w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style></w:styles>
            """
        let numbering = """
            <w:numbering \(Self.w)><w:abstractNum w:abstractNumId="3">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="§ %1"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="Overskrift3"/></w:lvl>
            </w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num></w:numbering>
            """
        let text = try Self.docx(Self.p("Runda", style: "Overskrift2") + Self.p("Budget", style: "Overskrift2") + Self.p("Delpunkt", number: (7, 1))
            + Self.p("Övrigt", style: "Overskrift2"), [("word/styles.xml", styles), ("word/numbering.xml", numbering)])
        #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty } == ["## § 1 Runda", "## § 2 Budget", "2.1 Delpunkt", "## § 3 Övrigt"])
    }

    @Test func aWordListStartedAgainCountsFromItsStartAndLettersItsSubpoints() throws {
        let numbering = """
            <w:numbering \(Self.w)><w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Punkt %1:"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
            </w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>
            """
        let text = try Self.docx(Self.p("Ett", number: (1, 0)) + Self.p("a", number: (1, 1)) + Self.p("b", number: (1, 1))
            + Self.p("Två", number: (1, 0)) + Self.p("c", number: (1, 1)) + Self.p("punkt", number: (3, 0)) + Self.p("Igen", number: (2, 0)),
            [("word/numbering.xml", numbering)])
        #expect(text == "Punkt 1: Ett\na) a\nb) b\nPunkt 2: Två\na) c\n- punkt\nPunkt 1: Igen")
    }

    @Test func wordChangesAreReadAcceptedAndWhatIsNotShownIsNotRead() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Närvarande: Ada Ek, </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>Bo Berg, </w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">Cy Dahl, </w:t></w:r></w:ins><w:r><w:t>Eva Fors</w:t></w:r>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>Skriv deltagarna här</w:t></w:r></w:p>
            <w:p><w:pPr><w:rPr><w:moveFrom w:id="6" w:author="A"/></w:rPr></w:pPr><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Flyttad mening.</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">LSS</w:t></w:r><w:r><w:noBreakHyphen/><w:t>handläggare</w:t></w:r>\
            <w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve"> Flyttad mening.</w:t></w:r></w:moveTo></w:p>
            <w:p><w:r><w:t xml:space="preserve">Datum:</w:t></w:r><w:r><w:tab/></w:r><w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:showingPlcHdr/></w:sdtPr>\
            <w:sdtContent><w:r><w:t>Klicka eller tryck här för att ange text.</w:t></w:r></w:sdtContent></w:sdt></w:p>
            <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Klicka här för att ange bilagor.</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="A"><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange></w:rPr><w:t>Fet</w:t></w:r></w:p>
            """
        let comments = "<w:comments \(Self.w)><w:comment w:id=\"0\"><w:p><w:r><w:t>Stämmer datumet?</w:t></w:r></w:p></w:comment></w:comments>"
        let text = try Self.docx(body, [("word/comments.xml", comments)])
        #expect(text == "Närvarande: Ada Ek, Cy Dahl, Eva Fors\nLSS-handläggare Flyttad mening.\nDatum:\n**Fet**")
    }

    @Test func aWordTextBoxIsReadOnceAfterItsParagraphAndANoteWhereItIsReferredTo() throws {
        let box = "<w:txbxContent><w:p><w:r><w:t>Nästa möte: 12 maj</w:t></w:r></w:p></w:txbxContent>"
        let body = """
            <w:p><w:r><w:t xml:space="preserve">Före </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x">\(box)</wps:txbx></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:textbox xmlns:v="y">\(box)</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve">efter</w:t></w:r>\
            <w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
            """
        let notes = """
            <w:footnotes \(Self.w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Enligt SoL 4 kap.</w:t></w:r></w:p></w:footnote></w:footnotes>
            """
        #expect(try Self.docx(body, [("word/footnotes.xml", notes)]) == "Före efter (Enligt SoL 4 kap.).\nNästa möte: 12 maj")
    }

    /// (The first page's own header where the section has one: `w:titlePg`.)
    @Test func aWordPagesHeadAndFootAreReadFirstWithoutItsNumberOrTodaysDate() throws {
        let body = Self.p("Minnesanteckningar") + """
            <w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:headerReference w:type="first" r:id="rId8"/>\
            <w:footerReference w:type="default" r:id="rId9"/><w:titlePg/></w:sectPr>
            """
        let header = """
            <w:hdr \(Self.w)><w:p><w:r><w:t>Nätverket för beroendevård</w:t></w:r></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy-MM-dd" </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026-12-06</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
            """
        let footer = """
            <w:ftr \(Self.w)><w:p><w:r><w:t>Familjen Helsingborg</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
            <w:r><w:t xml:space="preserve"> av </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:ftr>
            """
        let relationships = """
            <Relationships><Relationship Id="rId7" Type="…/header" Target="header2.xml"/><Relationship Id="rId8" Type="…/header" Target="header1.xml"/><Relationship Id="rId9" Type="…/footer" Target="footer1.xml"/></Relationships>
            """
        let later = "<w:hdr \(Self.w)><w:p><w:r><w:t>Fortsättning</w:t></w:r></w:p></w:hdr>"
        let text = try Self.docx(body, [("word/header1.xml", header), ("word/header2.xml", later), ("word/footer1.xml", footer), ("word/_rels/document.xml.rels", relationships)])
        #expect(text == "Nätverket för beroendevård\nFamiljen Helsingborg\n\nMinnesanteckningar")
    }

    @Test func aWordTableKeepsItsColumnsUnderTheirHeadsAndOneThatLaysOutThePageIsReadCellByCell() throws {
        func cell(_ text: String, span: Int = 1) -> String {
            "<w:tc><w:tcPr>\(span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")</w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let table = "<w:tbl><w:tr>\(cell("Namn"))\(cell("Kommun"))\(cell("Närvaro"))</w:tr><w:tr>\(cell("Gäst", span: 2))\(cell("Ja"))</w:tr>"
            + "<w:tr>\(cell("Ada Ek"))\(cell("Bjuv"))<w:tc><w:p/>\(Self.p("nej"))</w:tc></w:tr></w:tbl>"
        #expect(try Self.docx(table) == "Namn\tKommun\tNärvaro\nGäst\t\tJa\nAda Ek\tBjuv\tnej")
        // Who came on the left of a page laid out in two columns, the guests on the right.
        let inner = "<w:tbl><w:tr>\(cell("Namn"))\(cell("Kommun"))</w:tr><w:tr>\(cell("Ada Ek"))\(cell("Bjuv"))</w:tr></w:tbl>"
        let layout = "<w:tbl><w:tr><w:tc>\(Self.p("Deltagare"))\(inner)<w:p/></w:tc>\(cell("Gäst: Bo Berg"))</w:tr></w:tbl>"
        #expect(try Self.docx(layout) == "Deltagare\nNamn\tKommun\nAda Ek\tBjuv\nGäst: Bo Berg")
        // Cells that list a name a paragraph, side by side: line by line, as the page shows them; a
        // cell's lines apart by a line break run on with commas, its bullets' marks left out mid-line.
        let lists = "<w:tbl><w:tr>\(cell("Närvarande"))\(cell("Frånvarande"))</w:tr><w:tr><w:tc>\(Self.p("Ada Ek, Bjuv"))\(Self.p("Bo Berg, Klippan"))</w:tc>"
            + "<w:tc>\(Self.p("Cy Dahl, Åstorp"))</w:tc></w:tr></w:tbl>"
        #expect(try Self.docx(lists) == "Närvarande\tFrånvarande\nAda Ek, Bjuv\tCy Dahl, Åstorp\nBo Berg, Klippan\t")
        let broken = "<w:tbl><w:tr>\(cell("Deltagare"))<w:tc><w:p><w:r><w:t>Ada Ek (Bjuv)</w:t><w:br/><w:t>Bo Berg (Klippan)</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr>\(cell("Övrigt"))<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"9\"/></w:numPr></w:pPr><w:r><w:t>Ada Ek berättade om en kurs.</w:t></w:r></w:p>"
            + "\(Self.p("Bo Berg tog upp lokalerna."))</w:tc></w:tr></w:tbl>"
        let numbering = """
            <w:numbering \(Self.w)><w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>\
            <w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num></w:numbering>
            """
        #expect(try Self.docx(broken, [("word/numbering.xml", numbering)]) == "Deltagare\tAda Ek (Bjuv), Bo Berg (Klippan)\nÖvrigt\tAda Ek berättade om en kurs. Bo Berg tog upp lokalerna.")
    }

    // OpenDocument

    static let office = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/""#

    /// An .odt of body (the inside of `office:text`), its automatic styles and styles.xml's inside.
    static func odt(_ body: String, automatic: String = "", styles: String = "") throws -> String {
        let content = "<office:document-content \(office)><office:automatic-styles>\(automatic)</office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>"
        let data = try zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                            ("styles.xml", "<office:document-styles \(office)>\(styles)</office:document-styles>")])
        return try Extractor.read(data, path: "protokoll.odt").text
    }

    /// A span struck through (a name struck from the list of those called) is marked `~~…~~`, as
    /// Markdown writes it; one whose style takes the line off again (`none`) is plain.
    @Test func openDocumentStruckSpansAreMarked() throws {
        let automatic = """
            <style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>\
            <style:style style:name="T2" style:family="text" style:parent-style-name="T1"><style:text-properties style:text-line-through-style="none"/></style:style>
            """
        let body = """
            <text:p>Kallade:</text:p><text:p><text:span text:style-name="T1">Ada Ek, Bjuv</text:span></text:p>\
            <text:p><text:span text:style-name="T2">Per Holm, Klippan</text:span></text:p>
            """
        #expect(try Self.odt(body, automatic: automatic) == "Kallade:\n~~Ada Ek, Bjuv~~\nPer Holm, Klippan")
    }

    @Test func openDocumentHeadingsAndListsShowTheirNumbers() throws {
        let outline = """
            <office:styles><text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format=""/>\
            <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/></text:outline-style></office:styles>
            """
        let lists = """
            <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="§ " style:num-format="1"/>\
            <text:list-level-style-number text:level="2" style:num-format="a" style:num-suffix=")"/></text:list-style>\
            <text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
            """
        let body = """
            <text:h text:outline-level="1">Minnesanteckningar</text:h><text:h text:outline-level="2">Runda</text:h>\
            <text:list text:style-name="Outline"><text:list-item><text:list><text:list-item><text:h text:outline-level="2">Budget</text:h></text:list-item></text:list></text:list-item></text:list>\
            <text:list text:style-name="L1"><text:list-item><text:p>Ett</text:p><text:list><text:list-item><text:p>under</text:p></text:list-item></text:list></text:list-item>\
            <text:list-item><text:p>Två</text:p></text:list-item></text:list><text:p>Mellan</text:p>\
            <text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Tre</text:p></text:list-item></text:list>\
            <text:list text:style-name="L1"><text:list-item text:start-value="7"><text:p>Sju</text:p></text:list-item></text:list>\
            <text:list text:style-name="L2"><text:list-item><text:p>punkt</text:p></text:list-item></text:list>\
            <text:list text:style-name="L1"><text:list-item><text:h text:outline-level="2"><text:number>IV.</text:number>Skriven</text:h></text:list-item></text:list>
            """
        #expect(try Self.odt(body, automatic: lists, styles: outline)
            == "# Minnesanteckningar\n\n## 1. Runda\n\n## 2. Budget\n§ 1 Ett\n  a) under\n§ 2 Två\nMellan\n§ 3 Tre\n§ 7 Sju\n- punkt\n\n## IV. Skriven")
    }

    @Test func openDocumentChangesAreReadAcceptedWithoutCommentsOrHiddenText() throws {
        let body = """
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info>\
            <text:p>Bo Berg, Bjuv</text:p></text:deletion></text:changed-region><text:changed-region text:id="c2"><text:insertion/></text:changed-region></text:tracked-changes>\
            <text:p>Närvarande: Ada Ek, <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>Cy Dahl<text:change-end text:change-id="c2"/></text:p>\
            <text:p>Vi <office:annotation><dc:creator>A</dc:creator><text:p>Kolla stavningen</text:p></office:annotation>pratade<office:annotation-end/> om \
            LSS\u{2011}hand\u{AD}läggare<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Se bilaga.</text:p></text:note-body></text:note> i dag.\
            <text:hidden-text text:condition="ooow:1" text:string-value="Fyll i" text:is-hidden="true">Fyll i deltagare</text:hidden-text></text:p>\
            <text:p text:style-name="P9">Fyll i gäster sist.</text:p><text:p>Se <draw:frame><draw:text-box><text:p>Nästa träff: 4 juni</text:p></draw:text-box></draw:frame>rutan<text:span text:style-name="T9">dold</text:span>.</text:p>
            """
        let hidden = #"<style:style style:name="T9" style:family="text"><style:text-properties text:display="none"/></style:style>"#
            + #"<style:style style:name="P9" style:family="paragraph"><style:text-properties text:display="none"/></style:style>"#
        let page = """
            <office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Nätverket för socialpsykiatri</text:p></style:header>\
            <style:footer><text:p>Sida <text:page-number>1</text:page-number> av <text:page-count>2</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
            """
        #expect(try Self.odt(body, automatic: hidden, styles: page)
            == "Nätverket för socialpsykiatri\n\nNärvarande: Ada Ek, Cy Dahl\nVi pratade om LSS\u{2011}hand\u{AD}läggare (Se bilaga.) i dag.\nSe rutan.\nNästa träff: 4 juni")
    }

    /// Of master pages none of which is the default, the first the styles define: its header. (The
    /// same two in either order: a choice by a dictionary's order gives one head for both.)
    @Test func openDocumentsFirstMasterPageGivesTheHead() throws {
        let page = { (name: String) in "<style:master-page style:name=\"\(name)\"><style:header><text:p>\(name)s huvud</text:p></style:header></style:master-page>" }
        for (first, second) in [("Vanster", "Hoger"), ("Hoger", "Vanster")] {
            let pages = "<office:master-styles>" + page(first) + page(second) + "</office:master-styles>"
            #expect(try Self.odt("<text:p>Närvarande: Ada Ek</text:p>", styles: pages) == "\(first)s huvud\n\nNärvarande: Ada Ek")
        }
    }

    @Test func anOpenDocumentTableKeepsItsColumnsAndItsBoldHeadIsItsWords() throws {
        let bold = #"<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>"#
            + #"<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>"#
        let body = """
            <text:p text:style-name="P1">1. Runda</text:p><table:table><table:table-header-rows><table:table-row><table:table-cell><text:p text:style-name="P1">Namn</text:p></table:table-cell>\
            <table:table-cell><text:p><text:span text:style-name="T1">Kommun</text:span></text:p></table:table-cell></table:table-row></table:table-header-rows>\
            <table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Gäster</text:p></table:table-cell><table:covered-table-cell/></table:table-row>\
            <table:table-row><table:table-cell><text:p>Ada Ek</text:p></table:table-cell><table:table-cell><text:p>Bjuv</text:p></table:table-cell></table:table-row></table:table>
            """
        #expect(try Self.odt(body, automatic: bold) == "**1. Runda**\nNamn\tKommun\nGäster\t\nAda Ek\tBjuv")
    }
}

/// Word, OpenDocument, PDF, Word 97, RTF files and mails written by helpers who had not read the readers
/// (Layouts/varied49–57, each folder's README): what their text must hold, and what it must not (deleted, moved
/// away, hidden, a comment, a form's placeholder), and what it holds once (a text box Word writes twice).
@Suite struct OfficeFixtureTextTests {
    struct Expected: Decodable, CustomTestStringConvertible {
        let file: String
        let mustContain: [String], mustNotContain: [String], exactlyOnce: [String]
        var testDescription: String { file }
    }

    static let folders = ["varied49", "varied50", "varied51", "varied52", "varied53", "varied54", "varied55", "varied56", "varied57", "varied58", "varied59", "varied60", "varied61", "varied62", "varied63", "varied64", "varied65", "varied66", "varied67", "varied68", "varied69", "varied70", "varied71", "varied72"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Layouts/\($0)")
    }

    static let expected: [(URL, Expected)] = folders.flatMap { folder in
        let data = try! Data(contentsOf: folder.appendingPathComponent("text.json"))
        return try! JSONDecoder().decode([Expected].self, from: data).map { (folder, $0) }
    }

    @Test(arguments: expected.map(\.1))
    func theTextIsWhatThePageShows(expected: Expected) throws {
        let folder = try #require(Self.expected.first { $0.1.file == expected.file }?.0)
        // (A part of a file, "vb.eml#Anteckningar.eml": the file's part of that name.)
        let (file, part) = expected.file.firstIndex(of: "#").map { (String(expected.file[..<$0]), String(expected.file[expected.file.index(after: $0)...])) }
            ?? (expected.file, nil)
        let path = folder.appendingPathComponent(file).path
        // (As the reader reads it: its lines' layout characters plain, "LSS‑handläggare" as
        // "LSS-handläggare"; bold, marked `**…**`, and struck through, `~~…~~`, as its words, as the page shows it.)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let extracted = try part.map { part in try #require(Extractor.parts(data, path: path).first { $0.part == part }, "\(part)").text }
            ?? Extractor.read(data, path: path).text
        let text = extracted.split(separator: "\n", omittingEmptySubsequences: false).map { MinutesDocument.plainSpacesAndBullets(String($0)) }
            .joined(separator: "\n").replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "~~", with: "")
        func check() {
            for phrase in expected.mustContain { #expect(text.contains(phrase), "\(phrase)") }
            for phrase in expected.mustNotContain { #expect(!text.contains(phrase), "\(phrase)") }
            for phrase in expected.exactlyOnce { #expect(text.components(separatedBy: phrase).count == 2, "\(phrase)") }
        }
        if Self.notYetShown.contains(expected.file) { withKnownIssue { check() } } else { check() }
    }

    /// What the extractors do not show right yet, by file: checked as known issues, so the day one is
    /// shown right its check says so (and it comes off this list).
    static let notYetShown: Set<String> = [
        // varied56 (Word 97 files and RTF, written after reader 237 by a helper who had not read the
        // readers). Not shown yet (a `.doc`'s page head and foot shown since reader 240, through wvWare;
        // WordPad's RTF whole since reader 241): a heading's number its style gives; a tab after an RTF's
        // label (catdoc writes two spaces).
        "trygghetsboende_rubriknumrering_justeras.doc", "familjeradgivare_versaler_punktlistor.rtf",
        // varied57 (mails). Shown otherwise by choice: a reply's quote marks ("> Datum: …") are kept in
        // its text, where the reader reads the minutes quoted under a reply as quoted (and reads them
        // without the marks). Not shown yet: a plain mail's lines wrapped at 76 characters joined.
        "faltarnatverket_iphone_svar_rattelse.eml", "kontaktfamiljer_outlook_vidarebefordrat.eml",
        // varied69 (pictures). Not shown yet: a screenshot's window (Word's title bar, ribbon, its
        // "Skyddad vy" bar and status bar), which OCR reads as it reads the page.
        "Skärmbild 2026-04-02 140312.png",
    ]
}
