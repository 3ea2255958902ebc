import Foundation
import MinnesNormalise
import Synchronization
import Testing

/// A file Minnes keeps is replaced whole, owner-only, however many write it at once: two indexers,
/// or two threads of one, write the one word-list table in the user's cache.
@Suite final class OwnerOnlyFileTests {
    let folder: URL

    deinit { try? FileManager.default.removeItem(at: folder) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("owner-only-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writers of one file in one process: every write lands (none fails for another's temporary),
    /// the file then holds one writer's whole text, and no temporary is left behind.
    @Test func writersOfOneFileAtOnceEachReplaceItWhole() throws {
        let url = folder.appendingPathComponent("words.table")
        let writers = 8, rounds = 30, part = 32_768
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for round in 0..<rounds {
                let byte = UInt8(writer * rounds + round)
                do {
                    try OwnerOnlyFile.write(to: url) { add in
                        for _ in 0..<3 { try add(Data(repeating: byte, count: part)) }
                    }
                } catch {
                    failures.withLock { $0.append("writer \(writer), round \(round): \(error)") }
                }
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.isEmpty, "\(failed.count) of \(writers * rounds) writes failed, first: \(failed.first ?? "")")
        let kept = try Data(contentsOf: url)
        #expect(kept.count == 3 * part && Set(kept).count == 1, "\(kept.count) bytes of \(Set(kept).count) writers")
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["words.table"])
    }

    /// A write that fails half-way leaves the file as it was and no temporary beside it.
    @Test func aWriteThatFailsLeavesTheFileAsItWas() throws {
        let url = folder.appendingPathComponent("lexicon")
        try OwnerOnlyFile.write(Data("före".utf8), to: url)
        struct Broken: Error {}
        #expect(throws: Broken.self) {
            try OwnerOnlyFile.write(to: url) { add in
                try add(Data("halv".utf8))
                throw Broken()
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "före")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lexicon"])
    }
}
