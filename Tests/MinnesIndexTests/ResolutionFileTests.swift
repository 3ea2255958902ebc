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
                learned: learned, inferred: "IFO\tnätverket\n\(number % 7)", kept: number % 2 == 0 ? nil : "h\(number)")
        }
        return resolution
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
        #expect(read.records == written.records)
    }

    @Test func aResolutionAppendedToReadsBackWithItsChanges() throws {
        let workspace = try Workspace()
        let url = workspace.root.appendingPathComponent(Resolution.file)
        try Self.resolution(records: 40).save(url)
        var changed = try #require(Resolution.load(url))
        let file = try #require(changed.records.keys.first { $0.hasPrefix("tab\t") })
        changed[record: file]?.learned = [.raised(7, by: "Örjan Å")]
        let gone = try #require(changed.records.keys.first { $0.hasPrefix("rad\n") })
        changed[record: gone] = nil
        try changed.save(url)
        let read = try #require(Resolution.load(url))
        #expect(read.records == changed.records)
        #expect(read.records[file]?.learned == [.raised(7, by: "Örjan Å")] && read.records[gone] == nil)
    }
}
