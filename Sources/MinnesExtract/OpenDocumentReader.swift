import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// OpenDocument text (`.odt`): `content.xml` read with XMLParser: `text:h` by outline level,
/// list items (`-`), tables as tab-separated rows, spans whose style is bold as `**…**`.
struct OpenDocumentReader: FormatReader {
    let format = Format.openDocument

    func recognises(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
            && data.prefix(200).range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil
    }

    func read(_ data: Data, path: String) throws -> Extracted {
        let archive = try openZip(data, format: format)
        guard let content = try zipEntry(archive, "content.xml", format: format) else {
            throw ExtractError.corrupt(format, "no content.xml")
        }
        if String(decoding: try zipEntry(archive, "META-INF/manifest.xml", format: format) ?? Data(), as: UTF8.self)
            .contains("manifest:encryption-data")
        {
            throw ExtractError.encrypted(format)
        }
        return try extract(content, with: OpenDocumentParser(), format: format)
    }
}

final class OpenDocumentParser: NSObject, LineWriter {
    var lines: [String] = []
    private var boldStyles = Set<String>()
    private var styleName: String?
    private var paragraph: String?, heading: Int?, listDepth = 0
    private var spanBold: [Bool] = []
    private var cells: [String]?, cell: [String] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "style:style": styleName = attributes["style:name"]
        case "style:text-properties":
            if let styleName, attributes["fo:font-weight"] == "bold" { boldStyles.insert(styleName) }
        case "text:h":
            (paragraph, heading) = ("", Int(attributes["text:outline-level"] ?? "1") ?? 1)
        case "text:p": if paragraph == nil { (paragraph, heading) = ("", nil) }
        case "text:list": listDepth += 1
        case "text:span":
            let bold = attributes["text:style-name"].map(boldStyles.contains) ?? false
            spanBold.append(bold)
            if bold { paragraph? += "**" }
        case "text:tab": paragraph? += "\t"
        case "text:line-break": paragraph? += "\n"
        case "text:s": paragraph? += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1)
        case "table:table-row": cells = []
        case "table:table-cell": cell = []
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        paragraph? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "text:span": if spanBold.popLast() == true { paragraph? += "**" }
        case "text:h", "text:p":
            guard var text = paragraph?.trimmingCharacters(in: .whitespaces) else { return }
            paragraph = nil
            if let heading {
                if lines.last?.isEmpty == false { lines.append("") }
                text = String(repeating: "#", count: min(heading, 6)) + " " + text
            } else if listDepth > 0, !text.isEmpty, cells == nil {
                text = String(repeating: "  ", count: listDepth - 1) + "- " + text
            }
            if cells != nil { cell.append(text) } else { lines.append(text) }
        case "text:list": listDepth -= 1
        case "table:table-cell": cells?.append(cell.joined(separator: " "))
        case "table:table-row":
            if let row = cells, row.contains(where: { !$0.isEmpty }) { lines.append(row.joined(separator: "\t")) }
            cells = nil
        default: break
        }
    }
}
