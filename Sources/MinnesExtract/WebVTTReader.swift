import Foundation

/// A transcript as WebVTT (`.vtt`, as Teams and Zoom give one): each cue a line of who spoke and what
/// they said, `[00:04:18] Ezra Bäckmann: Tack …`, without the cues' ids, timings to the millisecond
/// and markup; a cue without a voice its words alone.
struct WebVTTReader: FormatReader {
    let format = Format.transcript

    func recognises(_ data: Data) -> Bool {
        (data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]).starts(with: Array("WEBVTT".utf8))
    }

    nonisolated(unsafe) static let voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/
    nonisolated(unsafe) static let tag = /<[^>]*>/

    func read(_ data: Data, path: String) throws -> Extracted {
        let decoded = try TextReader().read(data, path: path)
        var lines: [String] = []
        for block in decoded.text.components(separatedBy: "\n\n") {
            let cue = block.split(separator: "\n")
            // (The file's head, a NOTE, a STYLE or REGION block: no cue, no timing.)
            guard let timing = cue.firstIndex(where: { $0.contains("-->") }) else { continue }
            let payload = cue[(timing + 1)...].joined(separator: " ")
            let said = payload.replacing(Self.tag, with: "").replacingOccurrences(of: "&nbsp;", with: " ")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
            guard !said.isEmpty else { continue }
            if let speaker = payload.firstMatch(of: Self.voice)?.1 {
                let start = cue[timing].trimmingCharacters(in: .whitespaces).prefix { $0 != "." && $0 != "," && $0 != " " }
                lines.append("[\(start)] \(speaker.trimmingCharacters(in: .whitespaces)): \(said)")
            } else {
                lines.append(said)
            }
        }
        guard !lines.isEmpty else { throw ExtractError.noText(format) }
        return Extracted(text: lines.joined(separator: "\n"), format: format, notes: decoded.notes)
    }
}
