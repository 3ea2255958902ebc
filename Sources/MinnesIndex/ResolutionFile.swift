import Foundation
import MinnesNormalise

/// How the last run resolved each meeting (`Resolution`), kept beside the index
/// (`minnes-resolution`, owner-only, deflated): a line per question with its answer, then a line per
/// meeting, fields apart by tabs, lists by U+001E, a file's name and what was inferred `Fields`-escaped
/// (a name may hold a tab or a line break). A file that does not read whole is not used: every
/// meeting is resolved again.
extension Resolution {
    static let file = "minnes-resolution"
    private static let format = "minnes-resolution 3"

    static func load(_ url: URL) -> Resolution? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        guard let text = Deflate.decompress(data, whole: true) else { return nil }
        // Split as bytes: a String's split walks Characters, and took longer than resolving.
        let string = { @Sendable (bytes: ArraySlice<UInt8>) in String(decoding: bytes, as: UTF8.self) }
        let split = { @Sendable (bytes: ArraySlice<UInt8>, separator: UInt8) in Fields.split(bytes, by: separator) }
        let list = { @Sendable (bytes: ArraySlice<UInt8>) in Fields.split(bytes, by: Fields.record) }
        let lines = ReadingCache.lineRanges(of: text, from: 0)
        let line = { @Sendable (number: Int) in Array(text[lines[number]])[...] }
        guard !lines.isEmpty else { return nil }
        let header = split(line(0), 0x09)
        guard header.count == 3, string(header[0]) == format, let questions = Int(string(header[2])), questions >= 0, lines.count > questions
        else { return nil }
        var resolution = Resolution()
        resolution.basis = string(header[1])
        for number in 1..<(1 + questions) {
            let fields = split(line(number), 0x09)
            guard fields.count == 2, let question = Question(line: string(fields[0])) else { return nil }
            resolution.questions.append(question)
            resolution.answers.append(string(fields[1]))
        }
        // The records, a part on each core: there is one per meeting, read on every run.
        let records = (1 + questions)..<lines.count
        let parts = records.parts(of: records.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let read = Outcomes<[(String, Record)]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            var records: [(String, Record)] = []
            for number in parts[part] {
                let fields = split(line(number), 0x09)
                guard fields.count == 6 else { return }
                let numbers = list(fields[4])
                let asked = numbers.compactMap { Fields.integer($0).flatMap { Int(exactly: $0) } }
                guard asked.count == numbers.count, asked.allSatisfy({ $0 >= 0 && $0 < questions }) else { return }
                // A part holding U+001F would not read back as it was written.
                let learned = list(fields[5]).compactMap { Learned(line: string($0)) }
                guard learned.count == list(fields[5]).count else { return }
                guard let file = Fields.string(fields[0]), let inferred = Fields.string(fields[3]) else { return }
                records.append((file, Record(
                    content: string(fields[1]), asked: asked, learned: learned, inferred: inferred,
                    kept: fields[2].isEmpty ? nil : string(fields[2]))))
            }
            read.set(part, records)
        }
        resolution.records.reserveCapacity(records.count)
        for part in parts.indices {
            guard let records = read.items[part] else { return nil }
            for (file, record) in records { resolution.records[file] = record }
        }
        return resolution
    }

    /// Written a deflated block at a time: the text grows with the corpus (a line per meeting), and
    /// was held whole, twice, at the end of a run. The lines of a few thousand meetings at a time are
    /// made on every core: every update writes them all.
    func save(_ url: URL) throws {
        var head = "\(Self.format)\t\(basis)\t\(questions.count)\n"
        for (question, answer) in zip(questions, answers) { head += question.line + "\t" + answer + "\n" }
        let records = Array(self.records)
        try OwnerOnlyFile.write(to: url) { add in
            try ReadingCache.deflated(records.indices.parts(of: 2048), first: Data(head.utf8), line: { part in
                Data(Array(records[part]).mappedOnEveryCore(Self.line).joined(separator: "\n").utf8)
            }, add: add)
        }
    }

    private static func line(_ file: String, _ record: Record) -> String {
        let asked = record.asked.map(String.init).joined(separator: "\u{1E}")
        return [
            Fields.escaped(file), record.content, record.kept ?? "", Fields.escaped(record.inferred), asked,
            record.learned.map(\.line).joined(separator: "\u{1E}"),
        ]
            .joined(separator: "\t")
    }
}
