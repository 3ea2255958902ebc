import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A scanned PDF's pages by OCR, as Recoll's OCR filter reads one: rendered by poppler (`pdftoppm`,
/// 300 dpi grey, the resolution tesseract is trained for) and read by tesseract with its Swedish
/// model, a few pages at a time (a long scan's images are not all held at once). Tesseract's hOCR says
/// where each word is, so the pages are then read as a PDF's are (`PDFLayout`: a table's rows, a
/// paragraph's lines one, the pages' furniture dropped), each word a piece on its line.
enum ScanReader {
    static let renderer = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let tool = ExternalTool(name: "tesseract", package: "tesseract-ocr tesseract-ocr-swe")
    static let pagesAtATime = 8
    static let dotsPerInch = 300.0
    /// What a page may take, rendered and read (about 2 s each on a slow core).
    static let secondsAPage: TimeInterval = 30

    /// The caveat said of a text read so.
    static let note = "no text layer: read by OCR (tesseract), so a word may be misread"

    /// The pages of the PDF at path, of `pageCount` pages, as OCR reads them.
    static func pages(ofPDF path: String, pageCount: Int) throws -> [PDFLayout.Page] {
        guard tool.executable != nil else { throw ExtractError.toolMissing(tool: tool.name, package: tool.package) }
        var pages: [PDFLayout.Page] = []
        let count = max(pageCount, 1)
        for first in stride(from: 1, through: count, by: pagesAtATime) {
            pages += try PrivateFolder.with { try read(path, first...min(first + pagesAtATime - 1, count), in: $0) }
        }
        return pages
    }

    private static func read(_ path: String, _ range: ClosedRange<Int>, in folder: URL) throws -> [PDFLayout.Page] {
        let seconds = secondsAPage * Double(range.count)
        let rendered = try renderer.run(
            ["-r", String(Int(dotsPerInch)), "-gray", "-f", String(range.lowerBound), "-l", String(range.upperBound), path,
             folder.appendingPathComponent("sida").path],
            timeLimit: seconds)
        guard rendered.status == 0 else { throw ExtractError.corrupt(.pdf, rendered.failure(lastLine: true)) }
        // (Named sida-1.pgm … or sida-01.pgm …: one width for the whole file, so in order when sorted.)
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("sida") }.sorted()
            .map { folder.appendingPathComponent($0).path }
        guard !images.isEmpty else { return [] }
        let list = folder.appendingPathComponent("sidor.txt")
        try Data((images.joined(separator: "\n") + "\n").utf8).write(to: list)
        // One thread each: files are read on every core already.
        let outcome = try tool.run(
            [list.path, "stdout", "-l", "swe", "--dpi", String(Int(dotsPerInch)), "hocr"], timeLimit: seconds,
            environment: ["OMP_THREAD_LIMIT": "1"])
        guard outcome.status == 0 else {
            if outcome.errors.contains("Failed loading language") {
                throw ExtractError.toolMissing(tool: "tesseract's Swedish model", package: "tesseract-ocr-swe")
            }
            throw ExtractError.toolFailed(tool: tool.name, outcome.failure())
        }
        guard let read = pages(hOCR: outcome.output) else { throw ExtractError.toolFailed(tool: tool.name, "its hOCR does not parse") }
        return read
    }

    /// hOCR's pages (`ocr_page`), each word (`ocrx_word`) a piece in points, as tall as its line and
    /// as large as tesseract's size of it (`x_size`); nil when it does not parse.
    static func pages(hOCR: Data) -> [PDFLayout.Page]? {
        let reader = HOCRWords()
        let parser = XMLParser(data: hOCR)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.pages
    }

    /// The Swedish model reads a protocol's `§` as `$`: so read where a line opens with it and a number.
    nonisolated(unsafe) static let misreadSection = /\$(\d{0,4})/
}

/// The words of tesseract's hOCR, by the classes and `title` properties it writes (`bbox x0 y0 x1 y1`
/// in pixels, a line's `x_size`).
private final class HOCRWords: NSObject, XMLParserDelegate {
    var pages: [PDFLayout.Page] = []
    private var line: (box: [Double], size: Double)?
    private var word: (box: [Double], text: String)?
    private var lineStarts = false
    /// Points a pixel.
    private let scale = 72 / ScanReader.dotsPerInch

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let title = attributes["title"] ?? ""
        func property(_ key: String) -> [Double] {
            guard let clause = title.split(separator: ";").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + " ") }) else { return [] }
            return clause.split(separator: " ").dropFirst().compactMap { Double($0) }
        }
        switch attributes["class"] {
        case "ocr_page":
            let box = property("bbox")
            pages.append(PDFLayout.Page(width: (box.count == 4 ? box[2] : 0) * scale, height: (box.count == 4 ? box[3] : 0) * scale))
        case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat":
            let box = property("bbox")
            line = box.count == 4 ? (box, property("x_size").first ?? box[3] - box[1]) : nil
            lineStarts = true
        case "ocrx_word":
            let box = property("bbox")
            word = box.count == 4 ? (box, "") : nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if word != nil { word!.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard name == "span", let (box, written) = word else { return }
        word = nil
        var text = written.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !pages.isEmpty, let line else { return }
        if lineStarts, let misread = text.wholeMatch(of: ScanReader.misreadSection) { text = "§" + misread.1 }
        lineStarts = false
        // (Its line's top and height, so the words of a skewed line stay one line.)
        pages[pages.count - 1].pieces.append(PDFLayout.Piece(
            top: line.box[1] * scale, left: box[0] * scale, width: (box[2] - box[0]) * scale, height: (line.box[3] - line.box[1]) * scale,
            size: line.size * scale, spans: [PDFLayout.Span(text: text, bold: false)]))
    }
}
