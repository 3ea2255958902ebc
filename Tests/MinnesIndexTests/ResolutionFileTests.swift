import Foundation
@testable import MinnesIndex
@testable import MinnesNormalise
import Testing

/// The kept resolution (`minnes-resolution`) reads back as it was written: every record's fields,
/// escaped or not, whole and appended, many records read on every core.
@Suite struct ResolutionFileTests {
    /// Records of awkward files and names: a tab, a line break and the separators in a file's name,
    /// å, ä, ö in both Unicode forms, no lessons, no questions, nothing kept.
    static func resolution(records count: Int) -> Resolution {
        var resolution = Resolution()
        resolution.basis = "basis 1"
        resolution.questions = [.entry("Åsa Öberg"), .firstName("Eva", initial: "L", municipality: nil, network: "IFO")]
        resolution.answers = ["Åsa Öberg\u{1F}Bjuv", "u"]
        for number in 0..<count {
            let file = ["möten/\(number).txt", "tab\there/\(number).txt", "rad\nbrytning \(number)\u{1E}\u{1F}.txt",
                        "A\u{30A}sa/\(number).docx"][number % 4]
            let learned: [Learned] = number % 3 == 0 ? [] : [
                .variant("Åsa Ö \(number)", of: "Åsa Öberg"), .raised(number, by: "Eva Lind"), .variant("eva@bjuv.se", of: "Eva Lind"),
            ]
            resolution[record: file] = Resolution.Record(
                content: String(repeating: "ab", count: 32) + String(number), asked: number % 5 == 0 ? [] : [0, 1],
                learned: resolution.numbered(learned), inferred: "IFO\tnätverket\n\(number % 7)", kept: number % 2 == 0 ? nil : "h\(number)")
        }
        return resolution
    }

    /// Each record as what it holds, its lessons as learned (their names' numbers are the file's own).
    static func records(_ resolution: Resolution) -> [String: String] {
        resolution.records.mapValues { record in
            "\(record.content)|\(record.asked)|\(resolution.learned(record.learned))|\(record.inferred)|\(record.kept ?? "-")"
        }
    }

    @Test func aResolutionWrittenWholeReadsBackAsItWas() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        // Enough records for several blocks, read a part on each core.
        let written = Self.resolution(records: 5_000)
        try written.save(url)
        let read = try #require(Resolution.load(url))
        #expect(read.basis == written.basis)
        #expect(read.questions == written.questions && read.answers == written.answers)
        #expect(read.records.count == 5_000)
        #expect(Self.records(read) == Self.records(written))
    }

    /// Lessons of every kind read back as taught, each name as its bytes were (a name in both
    /// Unicode forms is two names), and each name is written once however many lessons name it.
    @Test func lessonsReadBackAsTaughtTheirNamesWrittenOnce() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        var written = Self.resolution(records: 300)
        let lessons: [Learned] = [
            .variant("", of: "Ö"), .variant("", of: ""), .raised(-1, by: ""), .raised(2, by: "A\u{30A}sa Ek"), .raised(3, by: "Åsa Ek"),
            .variant("Märta\tÖ\nx\\", of: "Märta Öberg"),
        ]
        written[record: "odd.txt"] = Resolution.Record(content: "c", asked: [], learned: written.numbered(lessons), inferred: "")
        try written.save(url)
        let read = try #require(Resolution.load(url))
        #expect(Self.records(read) == Self.records(written))
        let names = try #require(read.records["odd.txt"].map { read.learned($0.learned) }?.compactMap { lesson -> [UInt8]? in
            if case .raised(_, let name) = lesson { Array(name.utf8) } else { nil }
        })
        #expect(names == [[], Array("A\u{30A}sa Ek".utf8), Array("Åsa Ek".utf8)])
        let text = String(decoding: try #require(Deflate.decompress(try Data(contentsOf: url), whole: true)), as: UTF8.self)
        #expect(text.components(separatedBy: "Eva Lind").count - 1 == 1, "named by 400 lessons, written once")
    }

    /// A lesson naming a name the file does not hold is damage: the file is not used.
    @Test func aLessonNamingNoKeptNameIsNotRead() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        try Self.resolution(records: 3).save(url)
        let text = String(decoding: try #require(Deflate.decompress(try Data(contentsOf: url), whole: true)), as: UTF8.self)
        // The first lesson's name numbered past the names held.
        let damaged = text.replacingOccurrences(of: "r\u{1F}1\u{1F}", with: "r\u{1F}1\u{1F}9")
        #expect(damaged != text)
        try OwnerOnlyFile.write(to: url) { add in try add(try #require(Deflate.compress(Data(damaged.utf8)))) }
        #expect(Resolution.load(url) == nil)
        try OwnerOnlyFile.write(to: url) { add in try add(try #require(Deflate.compress(Data(text.utf8)))) }
        #expect(Resolution.load(url)?.records.count == 3)
    }

    /// Pruned after it was read (the names no lesson names any more left out, the rest renumbered), a
    /// resolution is written whole, not appended to by numbers the file does not hold, and reads back
    /// as it was.
    @Test func aResolutionPrunedAfterItWasReadIsWrittenWhole() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        var written = Resolution()
        written.basis = "b"
        for number in 0..<10 {
            let name = "Åsa Ek \(number)"
            let learned = written.numbered([.raised(1, by: name), .variant("Åsa \(number)", of: name)])
            written[record: "\(number).txt"] = Resolution.Record(content: "c", asked: [], learned: learned, inferred: "")
        }
        try written.save(url)
        var read = try #require(Resolution.load(url))
        // (One record gone and one changed of ten: appended to, were it not pruned.)
        read[record: "0.txt"] = nil
        read[record: "5.txt"]?.content = "changed"
        read.prune()
        #expect(read.names.count == 18 && read.names.first == "Åsa Ek 1")
        try read.save(url)
        let again = try #require(Resolution.load(url))
        #expect(Self.records(again) == Self.records(read) && again.records.count == 9)
        #expect(again.records["5.txt"].map { again.learned($0.learned) } == [.raised(1, by: "Åsa Ek 5"), .variant("Åsa 5", of: "Åsa Ek 5")])
    }

    @Test func aResolutionAppendedToReadsBackWithItsChanges() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        try Self.resolution(records: 40).save(url)
        var changed = try #require(Resolution.load(url))
        let file = try #require(changed.records.keys.first { $0.hasPrefix("tab\t") })
        let raised = changed.numbered([.raised(7, by: "Örjan Å")])
        changed[record: file]?.learned = raised
        let gone = try #require(changed.records.keys.first { $0.hasPrefix("rad\n") })
        changed[record: gone] = nil
        try changed.save(url)
        let read = try #require(Resolution.load(url))
        #expect(Self.records(read) == Self.records(changed))
        #expect(read.records[file].map { read.learned($0.learned) } == [.raised(7, by: "Örjan Å")] && read.records[gone] == nil)
    }
}
