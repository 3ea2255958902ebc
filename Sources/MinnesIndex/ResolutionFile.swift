import Foundation
import MinnesNormalise

/// How the last run resolved each meeting (`Resolution`), kept beside the index
/// (`minnes-resolution`, owner-only, deflated). Written whole once, then each update appends what
/// differs: a part of a header line (format, basis and its counts), the questions asked since, with
/// their answers, the earlier answers that changed (by number), the names lessons name since, and
/// the records that changed, a line each: fields apart by tabs, lists by U+001E, a file's name and
/// what was inferred `Fields`-escaped (a name may hold a tab or a line break), its lessons by the
/// numbers of the names they name (each name is written once, not at every meeting that teaches
/// about it: they were a third of the text, read and made into Strings on every update); a line of
/// a file's name alone says it is gone. A later record replaces an earlier one. A file that does
/// not read whole is not used: every meeting is resolved again.
extension Resolution {
    static let file = "minnes-resolution"
    private static let format = "minnes-resolution 5"

    static func load(_ url: URL) -> Resolution? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        guard let text = Deflate.decompress(data, whole: true) else { return nil }
        let lines = ReadingCache.lineRanges(of: text, from: 0).map { ($0.lowerBound - text.startIndex)..<($0.upperBound - text.startIndex) }
        guard !lines.isEmpty else { return nil }
        // Read through a pointer to its bytes: lines copied out, or slices of an array, are retained
        // and released at each use, on both cores at once (two fifths of reading this).
        return text.withUnsafeBytes { raw in read(UncheckedSendable(raw.bindMemory(to: UInt8.self)), lines: lines) }
    }

    private static func read(_ text: UncheckedSendable<UnsafeBufferPointer<UInt8>>, lines: [Range<Int>]) -> Resolution? {
        typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>
        // Split as bytes: a String's split walks Characters, and took longer than resolving.
        let string = { @Sendable (bytes: Bytes) in String(decoding: bytes, as: UTF8.self) }
        let split = { @Sendable (bytes: Bytes, separator: UInt8) in Fields.split(bytes, by: separator) }
        let list = { @Sendable (bytes: Bytes) in Fields.split(bytes, by: Fields.record) }
        let line = { @Sendable (number: Int) in text.value[lines[number]] }
        var resolution = Resolution()
        // Each part's questions and answers in turn; the lines of its records, read below.
        var recordLines: [Range<Int>] = []
        var at = 0
        var names: [String] = []
        while at < lines.count {
            let header = split(line(at), 0x09).map(string)
            guard header.count == 6, header[0] == format, at == 0 || header[1] == resolution.basis else { return nil }
            let counts = header[2...].compactMap(Int.init)
            guard counts.count == 4, counts.allSatisfy({ (0...lines.count).contains($0) }), lines.count - at - 1 >= counts.reduce(0, +)
            else { return nil }
            resolution.basis = header[1]
            at += 1
            for number in at..<(at + counts[0]) {
                let fields = split(line(number), 0x09)
                guard fields.count == 2, let question = Question(line: string(fields[0])) else { return nil }
                resolution.questions.append(question)
                resolution.answers.append(string(fields[1]))
            }
            at += counts[0]
            for number in at..<(at + counts[1]) {
                let fields = split(line(number), 0x09)
                guard fields.count == 2, let question = Int(string(fields[0])), resolution.answers.indices.contains(question) else { return nil }
                resolution.answers[question] = string(fields[1])
            }
            at += counts[1]
            // (Each name after a mark: an empty line is no line.)
            for number in at..<(at + counts[2]) {
                let name = line(number)
                guard name.first == nameMark, let name = Fields.string(name.dropFirst()) else { return nil }
                names.append(name)
            }
            at += counts[2]
            recordLines.append(at..<(at + counts[3]))
            at += counts[3]
        }
        // The records, a part on each core: there is one per meeting, read on every run. (nil: gone.)
        let questions = resolution.questions.count
        let named = names.count
        let numbers = recordLines.flatMap { $0 }
        let parts = numbers.indices.parts(of: numbers.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let read = Outcomes<[(String, Record?)]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            var records: [(String, Record?)] = []
            records.reserveCapacity(parts[part].count)
            for number in numbers[parts[part]] {
                let fields = split(line(number), 0x09)
                guard let file = fields.first.flatMap(Fields.string) else { return }
                guard fields.count > 1 else {
                    records.append((file, nil))
                    continue
                }
                guard fields.count == 6 else { return }
                // (Each list made at its size: grown by compactMap, they were a tenth of what an
                // update allocated.)
                var asked: [Int] = [], learned: [Lesson] = []
                let numbers = list(fields[4])
                asked.reserveCapacity(numbers.count)
                for number in numbers {
                    guard let question = Fields.integer(number).flatMap({ Int(exactly: $0) }), question >= 0, question < questions else { return }
                    asked.append(question)
                }
                // Each lesson's names by their numbers in the table (no String made per lesson).
                let lessons = list(fields[5])
                learned.reserveCapacity(lessons.count)
                for lesson in lessons {
                    let parts = Fields.split(lesson, by: Fields.unit)
                    guard parts.count == 3, parts[0].count == 1, let first = Fields.integer(parts[1]).flatMap({ Int(exactly: $0) }),
                        let name = Fields.integer(parts[2]).flatMap({ Int32(exactly: $0) }), (0..<named).contains(Int(name))
                    else { return }
                    switch parts[0].first {
                    case UInt8(ascii: "v"):
                        guard (0..<named).contains(first) else { return }
                        learned.append(.variant(Int32(first), of: name))
                    case UInt8(ascii: "r"): learned.append(.raised(first, by: name))
                    default: return
                    }
                }
                guard let inferred = Fields.string(fields[3]) else { return }
                records.append((file, Record(
                    content: string(fields[1]), asked: asked, learned: learned, inferred: inferred,
                    kept: fields[2].isEmpty ? nil : string(fields[2]))))
            }
            read.set(part, records)
        }
        var records: [String: Record] = [:]
        records.reserveCapacity(numbers.count)
        for part in parts.indices {
            guard let read = read.items[part] else { return nil }
            for (file, record) in read { records[file] = record }
        }
        resolution.holdAsKept(records, lines: numbers.count, names: names)
        return resolution
    }

    /// What a line of the names lessons name starts with.
    private static let nameMark = UInt8(ascii: "n")

    /// Appends what differs from what the file held when it was read; written whole (the questions
    /// no meeting asks any more left out) when nothing was read, the basis changed, or the file
    /// would hold more lines replaced than current ones.
    func save(_ url: URL) throws { try prepared(url).write() }

    /// A save made ready: what differs from the file as read (the records `edited`), or the whole
    /// made, to be written by `write`. A run makes it beside writing the index, and writes it once
    /// the index has taken what it wrote.
    struct Save: Sendable {
        fileprivate enum What: Sendable {
            case nothing
            case append(head: Data, changed: [(String, Record)], gone: [String])
            case whole(head: Data, records: [(String, Record)])
        }
        fileprivate let what: What
        let url: URL

        func write() throws {
            switch what {
            case .nothing: return
            case .append(let head, let changed, let gone):
                try OwnerOnlyFile.append(to: url) { add in try Resolution.write(changed, gone: gone, after: head, add: add) }
            case .whole(let head, let records):
                try OwnerOnlyFile.write(to: url) { add in try Resolution.write(records, gone: [], after: head, add: add) }
            }
        }
    }

    /// What `save` writes, found now.
    func prepared(_ url: URL) -> Save {
        if let kept, kept.basis == basis, questions.starts(with: kept.questions), answers.count == questions.count, names.count >= kept.names {
            let changed = edited.compactMap { file in records[file].map { (key: file, value: $0) } }.sorted { $0.key < $1.key }
            let gone = edited.filter { records[$0] == nil }.sorted()
            let lines = kept.lines + changed.count + gone.count
            if lines <= 2 * records.count, questions.count <= 2 * asked.count {
                guard !changed.isEmpty || !gone.isEmpty || questions.count > kept.questions.count || answers != kept.answers else {
                    return Save(what: .nothing, url: url)
                }
                let answered = kept.answers.indices.filter { answers[$0] != kept.answers[$0] }
                var head = "\(Self.format)\t\(basis)\t\(questions.count - kept.questions.count)\t\(answered.count)\t"
                    + "\(names.count - kept.names)\t\(changed.count + gone.count)\n"
                for number in kept.questions.count..<questions.count { head += questions[number].line + "\t" + answers[number] + "\n" }
                for number in answered { head += "\(number)\t\(answers[number])\n" }
                head += Self.lines(of: names[kept.names...])
                return Save(what: .append(head: Data(head.utf8), changed: changed.map { ($0.key, $0.value) }, gone: gone), url: url)
            }
        }
        var whole = self
        whole.prune()
        var head = "\(Self.format)\t\(basis)\t\(whole.questions.count)\t0\t\(whole.names.count)\t\(whole.records.count)\n"
        for (question, answer) in zip(whole.questions, whole.answers) { head += question.line + "\t" + answer + "\n" }
        head += Self.lines(of: whole.names[...])
        return Save(what: .whole(head: Data(head.utf8), records: Array(whole.records)), url: url)
    }

    /// The lines of names lessons name, as the file holds them.
    private static func lines(of names: ArraySlice<String>) -> String {
        var lines = ""
        for name in names { lines += String(UnicodeScalar(nameMark)) + Fields.escaped(name) + "\n" }
        return lines
    }

    /// The records' lines, then a line per file gone, after head: written a deflated block at a time
    /// (the text grows with the corpus, a line per meeting), a few hundred lines to a buffer, each
    /// made on a core.
    fileprivate static func write(_ records: [(String, Record)], gone: [String], after head: Data, add: (Data) throws -> Void) throws {
        try ReadingCache.deflated(records.indices.parts(of: 2048), first: head, line: { part in
            // (deflated ends each part's text with its line break)
            Fields.lines(records[part]) { record, bytes in Self.line(record.0, record.1, to: &bytes) }.dropLast()
        }, add: add)
        guard !gone.isEmpty else { return }
        var tombstones: [UInt8] = []
        for file in gone {
            Fields.append(escaped: file, to: &tombstones)
            tombstones.append(UInt8(ascii: "\n"))
        }
        try add(try ReadingCache.block(Data(tombstones)))
    }

    /// A record's line, made as bytes: made as strings joined, the lines took most of saving's time.
    private static func line(_ file: String, _ record: Record, to bytes: inout [UInt8]) {
        let tab = UInt8(ascii: "\t")
        Fields.append(escaped: file, to: &bytes)
        bytes.append(tab)
        bytes += record.content.utf8
        bytes.append(tab)
        bytes += (record.kept ?? "").utf8
        bytes.append(tab)
        Fields.append(escaped: record.inferred, to: &bytes)
        bytes.append(tab)
        for (place, question) in record.asked.enumerated() {
            if place > 0 { bytes.append(Fields.record) }
            Fields.append(question, to: &bytes)
        }
        bytes.append(tab)
        for (place, learned) in record.learned.enumerated() {
            if place > 0 { bytes.append(Fields.record) }
            let (kind, first, name) = switch learned {
            case .variant(let variant, let name): (UInt8(ascii: "v"), Int(variant), name)
            case .raised(let position, let name): (UInt8(ascii: "r"), position, name)
            }
            bytes += [kind, Fields.unit]
            Fields.append(first, to: &bytes)
            bytes.append(Fields.unit)
            Fields.append(Int(name), to: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
    }
}
