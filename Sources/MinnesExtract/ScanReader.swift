import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A scanned PDF's pages by OCR (or a picture's, `ImageReader`), as Recoll's OCR filter reads one: rendered by poppler (`pdftoppm`,
/// 300 dpi grey, the resolution tesseract is trained for) and read by tesseract with its Swedish
/// model, a few pages at a time (a long scan's images are not all held at once). Tesseract's hOCR says
/// where each word is, so the pages are then read as a PDF's are (`PDFLayout`: a table's rows, a
/// paragraph's lines one, the pages' furniture dropped), a line's words a piece.
enum ScanReader {
    static let renderer = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let tool = ExternalTool(name: "tesseract", package: "tesseract-ocr tesseract-ocr-swe")
    static let pagesAtATime = 8
    static let dotsPerInch = 300.0
    /// What a page may take, rendered and read (about 2 s each on a slow core).
    static let secondsAPage: TimeInterval = 30

    /// Where tesseract finds its Swedish model (`$TESSDATA_PREFIX`, else Debian's folders), or would:
    /// installing it makes a scan skipped for want of it readable, as installing a tool does.
    static var swedishModel: String {
        let folders = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"].map { [$0] }
            ?? ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"]
        let paths = folders.map { $0 + "/swe.traineddata" }
        return paths.first(where: FileManager.default.fileExists) ?? paths[0]
    }

    /// The caveat said of a text read so.
    static let note = "no text layer: read by OCR (tesseract), so a word may be misread"

    /// The text of pages OCR read, as a file of `format`, said to be read so; none when OCR found no word.
    static func extracted(_ pages: [PDFLayout.Page], as format: Format) throws -> Extracted {
        let text = PDFLayout.text(pages)
        guard text.contains(where: \.isLetter) else { throw ExtractError.noText(format) }
        return Extracted(text: text, format: format, notes: [note])
    }

    /// The pages of the PDF at path numbered `numbers` (from 1, ascending), as OCR reads them: one a number.
    static func pages(ofPDF path: String, numbers: [Int]) throws -> [PDFLayout.Page] {
        guard tool.executable != nil else { throw ExtractError.toolMissing(tool: tool.name, package: tool.package) }
        // (Rendered a run of pages at a time, as many as are held at once.)
        var runs: [ClosedRange<Int>] = []
        for number in numbers {
            if let last = runs.last, last.upperBound == number - 1, last.count < pagesAtATime {
                runs[runs.count - 1] = last.lowerBound...number
            } else {
                runs.append(number...number)
            }
        }
        var pages: [PDFLayout.Page] = []
        for run in runs {
            let read = try PrivateFolder.with { try self.read(path, run, in: $0) }
            guard read.count == run.count else {
                throw ExtractError.toolFailed(tool: tool.name, "\(read.count) of pages \(run.lowerBound)–\(run.upperBound) read")
            }
            pages += read
        }
        return pages
    }

    static let pictureTool = ExternalTool(name: "img2pdf", package: "img2pdf")
    static let pageCounter = ExternalTool(name: "pdfinfo", package: "poppler-utils")

    /// The pages of pictures (a scan kept as an image, a phone's photo of a page, a screenshot) as OCR
    /// reads them: put on A4 pages by img2pdf, which turns a photo as its EXIF says (tesseract's image
    /// reader, leptonica, does not: a phone's photo stored sideways read as noise) and fits each to its
    /// page, so every picture is rendered as a scanned page is: a screenshot's small letters enlarged, a
    /// phone's 12 megapixels at a page's 300 dpi (at the 72 dpi its JPEG says it would be 16,800
    /// pixels high); then read as a scanned PDF's pages are.
    static func pages(ofPictures paths: [String]) throws -> [PDFLayout.Page] {
        try PrivateFolder.with { try pages(ofPictures: paths, in: $0) }
    }

    /// The same, the PDF of the pictures made in folder.
    private static func pages(ofPictures paths: [String], in folder: URL) throws -> [PDFLayout.Page] {
        let pdf = folder.appendingPathComponent("bilder.pdf").path
        // ("ifvalid": many phones and scanners write an orientation of 0, which is none.)
        let made = try pictureTool.run(["--pagesize", "A4", "--auto-orient", "--rotation", "ifvalid", "--output", pdf] + paths,
                                       timeLimit: secondsAPage * Double(paths.count))
        guard made.status == 0 else { throw ExtractError.corrupt(.image, made.failure(lastLine: true)) }
        let info = try pageCounter.run([pdf])
        let count = String(decoding: info.output, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard info.status == 0, count > 0 else { throw ExtractError.corrupt(.image, "img2pdf made no page of it") }
        return try pages(ofPDF: pdf, numbers: Array(1...count))
    }

    /// The pages of a document's pictures (its name in the zip and its bytes) as OCR reads them, each
    /// written to a private folder first (the tools read files).
    static func pages(ofPictures pictures: [(name: String, data: Data)]) throws -> [PDFLayout.Page] {
        try PrivateFolder.with { folder in
            let paths = try pictures.enumerated().map { index, picture in
                let file = folder.appendingPathComponent("bild\(index).\((picture.name as NSString).pathExtension)")
                guard FileManager.default.createFile(atPath: file.path, contents: picture.data, attributes: [.posixPermissions: 0o600]) else {
                    throw ExtractError.corrupt(.image, "cannot keep \(picture.name) to read it")
                }
                return file.path
            }
            return try pages(ofPictures: paths, in: folder)
        }
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
        return try hOCR(list.path, timeLimit: seconds)
    }

    /// What tesseract reads of each image a list names, as pages.
    private static func hOCR(_ path: String, timeLimit: TimeInterval) throws -> [PDFLayout.Page] {
        // One thread each: files are read on every core already. (hOCR by its setting, not its config
        // file: a model folder of the Swedish model alone has no configs.)
        let outcome = try tool.run(
            [path, "stdout", "-l", "swe", "--dpi", String(Int(dotsPerInch)), "-c", "tessedit_create_hocr=1"],
            timeLimit: timeLimit, environment: ["OMP_THREAD_LIMIT": "1"])
        guard outcome.status == 0 else {
            if outcome.errors.contains("Failed loading language") {
                throw ExtractError.toolMissing(tool: "tesseract's Swedish model", package: "tesseract-ocr-swe")
            }
            throw ExtractError.toolFailed(tool: tool.name, outcome.failure())
        }
        guard let read = pages(hOCR: outcome.output) else { throw ExtractError.toolFailed(tool: tool.name, "its hOCR does not parse") }
        return read
    }

    /// hOCR's pages (`ocr_page`), a line's words (`ocrx_word`) its pieces in points, as tall as the line
    /// and as large as tesseract's size of it (`x_size`); nil when it does not parse.
    static func pages(hOCR: Data) -> [PDFLayout.Page]? {
        let reader = HOCRWords()
        let parser = XMLParser(data: hOCR)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.pages
    }

    /// The Swedish model has no `§`: it reads a protocol's `§ 3` as `$ 3`, `& 3`, `$& 3`, `(&3)`, or at a
    /// line's start `8 3 Title`. A word of those signs before a number (or with it) is a `§`; an `8` only
    /// where a line opens with it, a number and a word that starts with a capital.
    nonisolated(unsafe) static let misreadSection = /(\(?)[$&]{1,2}(\d{0,4}\)?)/
    nonisolated(unsafe) static let number = /\d{1,4}\)?[:.,]?/

    /// A `1` the model reads as `I`, `l` or `|` (`$ I Mötets öppnande`), in a number of up to four figures.
    nonisolated(unsafe) static let misreadNumber = /[\dIl|]{0,3}[Il|][\dIl|]{0,3}[:.]?/

    /// A line's words with a misread `§` mended, and a `1` misread in the number after it (where a
    /// title that starts with a capital follows); a speck read as a dash or an equals sign between a
    /// label and its value (`Ordförande: = Ada Ek`, `— Ada Ek`) none (an empty word).
    static func mended(_ words: [String]) -> [String] {
        var words = words
        // (Not one that ends the line, "Frånvarande: –", none; nor a list's dash, "Närvarande: - Ada Ek".)
        for index in words.indices.dropFirst().dropLast() where words[index - 1].hasSuffix(":") && words[index].allSatisfy({ "=—_~".contains($0) }) {
            words[index] = ""
        }
        for index in words.indices.dropLast(2) where words[index] == "§" || words[index].wholeMatch(of: misreadSection)?.2.isEmpty == true {
            if words[index + 1].wholeMatch(of: misreadNumber) != nil, words[index + 2].first?.isUppercase == true {
                words[index + 1] = String(words[index + 1].map { "Il|".contains($0) ? "1" : $0 })
            }
        }
        for index in words.indices {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if let sign = words[index].wholeMatch(of: misreadSection), !sign.2.isEmpty || next.wholeMatch(of: number) != nil {
                words[index] = sign.1 + "§" + sign.2
            } else if index == 0, words[0] == "8", next.wholeMatch(of: number) != nil, words.count > 2, words[2].first?.isUppercase == true {
                words[0] = "§"
            }
        }
        return words
    }

    /// Wider than this many times a line's size, a gap between two words parts the line's pieces (a
    /// table's cells, a label padded from its value): tesseract's boxes hold the ink alone, so a space
    /// is most of a size apart in a typewriter's letters, a third in a book's.
    static let pieceGap = 1.5
    /// A page whose lines slope more than this (half a degree) is turned straight before it is read.
    static let askew = 0.009
}

/// The words of tesseract's hOCR, by the classes and `title` properties it writes (`bbox x0 y0 x1 y1`
/// in pixels, a line's `x_size` and `baseline` slope), each line's words then its pieces, a page's
/// lines straightened first where it lies askew.
private final class HOCRWords: NSObject, XMLParserDelegate {
    var pages: [PDFLayout.Page] = []
    private typealias Line = (box: [Double], size: Double, slope: Double, words: [(box: [Double], text: String)])
    private var line: Line?
    /// The page's lines, read whole before they are pieces: how askew the page is is theirs to say.
    private var lines: [Line] = []
    private var word: (box: [Double], text: String)?
    /// Points a pixel: at the page's resolution (`scan_res`; tesseract's guess for an image that says
    /// none is below any scanner's).
    private var scale = 72 / ScanReader.dotsPerInch

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let title = attributes["title"] ?? ""
        func property(_ key: String) -> [Double] {
            guard let clause = title.split(separator: ";").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + " ") }) else { return [] }
            return clause.split(separator: " ").dropFirst().compactMap { Double($0) }
        }
        switch attributes["class"] {
        case "ocr_page":
            endPage()
            let resolution = property("scan_res").first ?? ScanReader.dotsPerInch
            scale = 72 / (resolution >= 100 ? resolution : ScanReader.dotsPerInch)
            let box = property("bbox")
            pages.append(PDFLayout.Page(width: (box.count == 4 ? box[2] : 0) * scale, height: (box.count == 4 ? box[3] : 0) * scale))
        case "ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat":
            endLine()
            let box = property("bbox")
            line = box.count == 4 ? (box, property("x_size").first ?? box[3] - box[1], property("baseline").first ?? 0, []) : nil
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
        if name == "body" { endPage() }
        guard name == "span", let (box, written) = word else { return }
        word = nil
        let text = written.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, line != nil { line!.words.append((box, text)) }
    }

    private func endLine() {
        if let line, !line.words.isEmpty { lines.append(line) }
        line = nil
    }

    /// The page's lines as pieces. A page photographed or fed askew (its lines' baselines slope alike)
    /// is turned straight first: askew, a line's box spans the next line's height, and the two would
    /// read as one.
    private func endPage() {
        endLine()
        defer { lines = [] }
        guard !pages.isEmpty else { return }
        // (The median of the lines of a few words, which say it best. Under half a degree a line's box
        // rises less than half a line across the page: the boxes are taken as they are.)
        let slopes = lines.filter { $0.words.count >= 3 }.map(\.slope).sorted()
        let slope = slopes.isEmpty || abs(slopes[slopes.count / 2]) < ScanReader.askew ? 0 : slopes[slopes.count / 2]
        let (cosine, sine) = (1 / (1 + slope * slope).squareRoot(), slope / (1 + slope * slope).squareRoot())
        let turned = { (x: Double, y: Double) in (x * cosine + y * sine, y * cosine - x * sine) }
        for (lineBox, size, _, words) in lines {
            // A word keeps its width; its place is its middle's, turned, and the line's that of its
            // words' middles.
            let middles = words.map { turned(($0.box[0] + $0.box[2]) / 2, ($0.box[1] + $0.box[3]) / 2) }
            let height = lineBox[3] - lineBox[1]
            let top = slope == 0 ? lineBox[1] : middles.map(\.1).sorted()[middles.count / 2] - height / 2
            let texts = ScanReader.mended(words.map(\.text))
            var runs: [(left: Double, right: Double, text: String)] = []
            for (index, word) in words.enumerated() where !texts[index].isEmpty {
                let (left, right) = (middles[index].0 - (word.box[2] - word.box[0]) / 2, middles[index].0 + (word.box[2] - word.box[0]) / 2)
                if let last = runs.last, left - last.right <= ScanReader.pieceGap * size {
                    runs[runs.count - 1] = (last.left, right, last.text + " " + texts[index])
                } else {
                    runs.append((left, right, texts[index]))
                }
            }
            for run in runs {
                pages[pages.count - 1].pieces.append(PDFLayout.Piece(
                    top: top * scale, left: run.left * scale, width: (run.right - run.left) * scale,
                    height: height * scale, size: size * scale, spans: [PDFLayout.Span(text: run.text, bold: false)]))
            }
        }
    }
}

/// A picture of minutes, read by OCR (`ScanReader.pages(ofPictures:)`): a scan kept as a TIFF (older
/// scanners' and faxes' way, each of its pages), a phone's photo of a page (JPEG), a screenshot (PNG),
/// a GIF or a WebP; by their magic bytes.
struct ImageReader: FormatReader {
    let format = Format.image
    static let signatures: [[UInt8]] = [
        [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A], [0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        Array("GIF87a".utf8), Array("GIF89a".utf8),
    ]

    func recognises(_ data: Data) -> Bool {
        Self.signatures.contains { data.starts(with: $0) }
            || data.starts(with: Array("RIFF".utf8)) && data.dropFirst(8).starts(with: Array("WEBP".utf8))
    }

    func read(_ data: Data, path: String) throws -> Extracted {
        try ScanReader.extracted(try ScanReader.pages(ofPictures: [path]), as: format)
    }
}
