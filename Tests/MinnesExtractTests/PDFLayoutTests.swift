import Foundation
import Testing

@testable import MinnesExtract

/// A PDF read as its page shows it (`PDFLayout`, through poppler's real `pdftohtml`): each test writes
/// a small PDF whose text stands where a word processor's export would put it.
@Suite struct PDFLayoutTests {
    /// Text at a place on an A4 page: x and y from the page's top left, in points.
    struct Text {
        var x, y: Double
        var text: String
        var size: Double = 11
        var bold = false
    }

    /// A PDF of these pages (Helvetica, Windows-1252 as PDF's standard fonts take it), read by Minnes.
    static func read(_ pages: [[Text]]) throws -> String {
        var objects: [Data] = [
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".utf8),
        ]
        let pagesObject = 3 + 2 * pages.count
        var kids: [Int] = []
        for page in pages {
            var stream = Data()
            for text in page {
                let escaped = text.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                stream += Data("BT /F\(text.bold ? 2 : 1) \(text.size) Tf \(text.x) \(842 - text.y) Td (".utf8)
                stream += escaped.data(using: .windowsCP1252)!
                stream += Data(") Tj ET\n".utf8)
            }
            objects.append(Data("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Data("\nendstream".utf8))
            objects.append(Data("<< /Type /Page /Parent \(pagesObject) 0 R /MediaBox [0 0 595 842] /Contents \(objects.count) 0 R /Resources << /Font << /F1 1 0 R /F2 2 0 R >> >> >>".utf8))
            kids.append(objects.count)
        }
        objects.append(Data("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>".utf8))
        objects.append(Data("<< /Type /Catalog /Pages \(pagesObject) 0 R >>".utf8))
        var file = Data("%PDF-1.4\n".utf8), offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = file.count
        file += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { file += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        file += Data("trailer\n<< /Size \(objects.count + 1) /Root \(objects.count) 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-pdf-\(UUID().uuidString).pdf")
        try file.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try Extractor.read(file, path: url.path).text
    }

    /// Lines of a paragraph, each `step` points under the one before.
    static func paragraph(_ lines: [String], x: Double = 60, y: Double, step: Double = 13.5) -> [Text] {
        lines.enumerated().map { Text(x: x, y: y + Double($0.offset) * step, text: $0.element) }
    }

    @Test func aTablesRowsAreReadRowByRowWithACellsWrappedNameWhole() throws {
        let text = try Self.read([[
            Text(x: 60, y: 60, text: "Deltagare", bold: true),
            Text(x: 65, y: 90, text: "Namn", bold: true), Text(x: 215, y: 90, text: "Kommun", bold: true),
            Text(x: 320, y: 90, text: "Närvarande", bold: true),
            Text(x: 65, y: 108, text: "Ada Ek"), Text(x: 215, y: 108, text: "Helsingborg"), Text(x: 320, y: 108, text: "Ja"),
            // A kommun wrapped in its narrow cell: the cell's next line under it.
            Text(x: 65, y: 126, text: "Bo Berg"), Text(x: 215, y: 126, text: "Klippan (ersätter"), Text(x: 320, y: 126, text: "Nej"),
            Text(x: 215, y: 139, text: "Pia Holm)"),
            Text(x: 65, y: 157, text: "Eva Lund"), Text(x: 215, y: 157, text: "Bjuv"), Text(x: 320, y: 157, text: "Ja"),
        ]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Namn\tKommun\tNärvarande"), "\(text)")
        #expect(lines.contains("Ada Ek\tHelsingborg\tJa"), "\(text)")
        #expect(lines.contains("Bo Berg\tKlippan (ersätter Pia Holm)\tNej"), "\(text)")
        #expect(lines.contains("Eva Lund\tBjuv\tJa"), "\(text)")
        #expect(lines.first == "**Deltagare**", "\(text)")
    }

    @Test func aLabelsValuesALineEachStayUnderItSideBySide() throws {
        let text = try Self.read([[
            Text(x: 60, y: 60, text: "Närvarande"), Text(x: 200, y: 60, text: "Ada Ek, Bjuv"),
            Text(x: 200, y: 73.5, text: "Bo Berg, Klippan"),
            Text(x: 60, y: 95, text: "Sekreterare"), Text(x: 200, y: 95, text: "Eva Lund"),
            // (The page's text reaches its right margin: where a value column's full line would end.)
            Text(x: 60, y: 130, text: "Mötet öppnades av ordföranden som hälsade alla välkomna till dagens träff i Bjuv."),
        ]])
        #expect(text.contains("Närvarande\tAda Ek, Bjuv\n\tBo Berg, Klippan\nSekreterare\tEva Lund"), "\(text)")
    }

    @Test func aParagraphsWrappedLinesAreOneLineAndAHyphenatedWordWhole() throws {
        let text = try Self.read([[
            Text(x: 60, y: 60, text: "1. Familjehem", size: 12, bold: true),
        ] + Self.paragraph([
            "Ada Ek tog upp att det saknas familjehem för tonåringar i hela regionen och att",
            "försörjningsstödet inte räcker till de kostnader som familjerna har för resor och",
            "fritid. Hon sa att kommunerna borde ta fram en gemensam riktlinje för ersätt-",
            "ningarna.",
        ], y: 80) + Self.paragraph([
            // A line ending short ends its paragraph: the next is one of its own.
            "Bo Berg höll med.",
            "Beslut: Ada tar fram ett förslag till nästa möte med alla kommunernas underlag.",
        ], y: 140)])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Ada Ek tog upp att det saknas familjehem för tonåringar i hela regionen och att försörjningsstödet inte räcker till de kostnader som familjerna har för resor och fritid. Hon sa att kommunerna borde ta fram en gemensam riktlinje för ersättningarna."), "\(text)")
        #expect(lines.contains("Bo Berg höll med."), "\(text)")
        #expect(lines.contains("**1. Familjehem**"), "\(text)")
    }

    @Test func aListsMarkHangingBeforeItsTextIsOneLineWithIt() throws {
        let text = try Self.read([[
            Text(x: 60, y: 60, text: "2.", bold: true), Text(x: 82, y: 60, text: "Ekonomiskt bistånd", bold: true),
            Text(x: 60, y: 80, text: "•"), Text(x: 78, y: 80, text: "Bjuv: fler ansökningar än i fjol."),
            Text(x: 60, y: 94, text: "•"), Text(x: 78, y: 94, text: "Klippan: inget nytt."),
            Text(x: 60, y: 114, text: "§ 12"), Text(x: 200, y: 114, text: "Val av justerare", bold: true),
            // (A template's items numbered without a dot in a narrow column, the title in bold.)
            Text(x: 62, y: 134, text: "3", bold: true), Text(x: 85, y: 134, text: "Samverkan med BUP", bold: true),
            Text(x: 62, y: 150, text: "4"), Text(x: 85, y: 150, text: "Kronor"),
        ]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("**2. Ekonomiskt bistånd**"), "\(text)")
        #expect(lines.contains("• Bjuv: fler ansökningar än i fjol.") && lines.contains("• Klippan: inget nytt."), "\(text)")
        #expect(lines.contains("**§ 12 Val av justerare**"), "\(text)")
        #expect(lines.contains("**3 Samverkan med BUP**") && lines.contains("4\tKronor"), "\(text)")
    }

    @Test func aBulletFartherInIsALevelDeeperAndALabelAfterASentenceOpensALine() throws {
        let text = try Self.read([[
            Text(x: 60, y: 60, text: "•"), Text(x: 78, y: 60, text: "Saga (Bjuv) lyfte att många sommarvikarier saknar delegering"),
            Text(x: 96, y: 76, text: "– ordinarie personal får då ta alla läkemedelsinsatser"),
            Text(x: 60, y: 92, text: "•"), Text(x: 78, y: 92, text: "Kristján (Ängelholm) frågade om kommunerna kan låna"),
        ] + Self.paragraph([
            "Svalöv: Två medarbetare går barnahusets grundutbildning under hösten i december.",
            "Båstad: Kommunen har ännu inte haft något ärende på barnahuset i år och inget",
            "nytt att berätta om.",
        ], y: 120)])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("  – ordinarie personal får då ta alla läkemedelsinsatser"), "\(text)")
        #expect(lines.contains("• Kristján (Ängelholm) frågade om kommunerna kan låna"), "\(text)")
        #expect(lines.contains("Båstad: Kommunen har ännu inte haft något ärende på barnahuset i år och inget nytt att berätta om."), "\(text)")
    }

    /// A typewriter's lines end where its writer broke them, not at a margin: a sentence going on in
    /// lower case goes on.
    @Test func aSentenceGoingOnInLowerCaseIsOneLineFullOrNot() throws {
        let text = try Self.read([Self.paragraph([
            "Ordföranden hälsade alla välkomna",
            "och förklarade sammanträdet öppnat. Till justerare utsågs Cengiz Aksoy.",
            "Ängelholm: Ny enhetschef för boendestödet från den",
            "1 december.",
            "Perstorp: Inget nytt att rapportera i dag.",
        ], y: 60)])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Ordföranden hälsade alla välkomna och förklarade sammanträdet öppnat. Till justerare utsågs Cengiz Aksoy."), "\(text)")
        #expect(lines.contains("Ängelholm: Ny enhetschef för boendestödet från den 1 december."), "\(text)")
        #expect(lines.contains("Perstorp: Inget nytt att rapportera i dag."), "\(text)")
    }

    /// A table of decisions by item: the number set right in its narrow column, close before the
    /// row's text, is its own cell; the text wrapped in its cell one; the table no two columns of
    /// prose, though its cells be long.
    @Test func aTablesNumberColumnAndWrappedCellsStayItsRows() throws {
        let text = try Self.read([[
            Text(x: 54, y: 74, text: "Punkt", bold: true), Text(x: 100, y: 74, text: "Beslut", bold: true),
            Text(x: 360, y: 74, text: "Ansvarig", bold: true), Text(x: 480, y: 74, text: "Klart", bold: true),
            Text(x: 87, y: 94, text: "2 Ängelholm och Landskrona gör gemensamma"),
            Text(x: 360, y: 94, text: "Ebru Demir och Milica"), Text(x: 480, y: 94, text: "30 november"),
            Text(x: 100, y: 106, text: "kontrollköp av e-cigaretter under november,"), Text(x: 360, y: 106, text: "Petrovic (Landskrona)"),
            Text(x: 100, y: 118, text: "med köpare från fritidsgårdarna."),
            Text(x: 87, y: 138, text: "3 Alla kommuner använder Länsstyrelsens"),
            Text(x: 360, y: 138, text: "Alla kommunerna"), Text(x: 480, y: 138, text: "Senast 14"),
            Text(x: 100, y: 150, text: "tillsynsprotokollsmall från januari."), Text(x: 360, y: 150, text: "och Katerina"),
            Text(x: 480, y: 150, text: "november"),
        ]])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("2\tÄngelholm och Landskrona gör gemensamma kontrollköp av e-cigaretter under november, med köpare från fritidsgårdarna.\tEbru Demir och Milica Petrovic (Landskrona)\t30 november"), "\(text)")
        #expect(lines.contains { $0.hasPrefix("3\tAlla kommuner använder Länsstyrelsens tillsynsprotokollsmall från januari.\tAlla kommunerna och Katerina\tSenast 14 november") }, "\(lines)")
    }

    @Test func aLabelAndItsValueAGapApartAreOneLine() throws {
        let text = try Self.read([[
            Text(x: 72, y: 60, text: "Tid:", bold: true), Text(x: 150, y: 60, text: "tisdag 10 mars 2026, kl. 9.00–11.30"),
            Text(x: 72, y: 74, text: "Plats:", bold: true), Text(x: 150, y: 74, text: "Svalöv, Kommunhuset"),
        ]])
        #expect(text == "**Tid:** tisdag 10 mars 2026, kl. 9.00–11.30\n**Plats:** Svalöv, Kommunhuset", "\(text)")
    }

    @Test func twoColumnsOfProseAreReadOneAfterTheOther() throws {
        let left = Self.paragraph([
            "Vänster spalt börjar här och den fortsätter", "med fler ord på raden under som hör dit",
            "och slutar först på den tredje raden här.",
        ], y: 100)
        let right = Self.paragraph([
            "Höger spalt börjar här och den fortsätter", "med andra ord på raden under som hör dit",
            "och slutar även den på tredje raden här.",
        ], x: 310, y: 100)
        let text = try Self.read([[Text(x: 60, y: 60, text: "Minnesanteckningar", size: 16, bold: true)] + right + left])
        let leftStart = try #require(text.range(of: "Vänster spalt börjar"))
        let rightStart = try #require(text.range(of: "Höger spalt börjar"))
        #expect(leftStart.lowerBound < rightStart.lowerBound, "\(text)")
        #expect(text.contains("den tredje raden här.\nHöger spalt") || text.contains("den tredje raden här. Höger spalt"), "\(text)")
        #expect(text.hasPrefix("# Minnesanteckningar"), "\(text)")
    }

    @Test func thePagesNumbersStampsAndRepeatedLinesAreLeftOutButTheFirstPagesHeadAndFoot() throws {
        func page(_ number: Int, _ body: [Text]) -> [Text] {
            [Text(x: 60, y: 30, text: "Barnahusnätverket"), Text(x: 480, y: 30, text: "Minnesanteckningar")] + body
                + [Text(x: 60, y: 810, text: "Familjen Helsingborg – socialtjänstens nätverk", size: 9), Text(x: 480, y: 810, text: "Sida \(number) av 2", size: 9),
                   // (What a program prints on every page: who printed it, when.)
                   Text(x: 60, y: 825, text: "Utskriven av Ada Ek 2025-03-06 08:14", size: 8)]
        }
        let text = try Self.read([
            page(1, Self.paragraph(["Datum: 2025-03-04", "Plats: Bjuv"], y: 80)
                + Self.paragraph(["Ada Ek berättade om de nya rutinerna för samråd med polisen och att de ska gälla från", "april."], y: 120)),
            page(2, Self.paragraph(["Bo Berg tog upp frågan om lokaler."], y: 80)),
        ])
        #expect(text.components(separatedBy: "Barnahusnätverket").count == 2, "\(text)")
        #expect(text.components(separatedBy: "socialtjänstens nätverk").count == 2, "\(text)")
        #expect(!text.contains("Sida") && !text.contains("Utskriven"), "\(text)")
        #expect(text.hasPrefix("Barnahusnätverket\tMinnesanteckningar\nFamiljen Helsingborg – socialtjänstens nätverk\nDatum: 2025-03-04"), "\(text)")
        #expect(text.contains("gälla från april.\nBo Berg tog upp"), "\(text)")
    }
}
