import Foundation
import MinnesAPI
import MinnesExtract
import MinnesNormalise
import Xapian

/// What the last run saw, by stat alone (`minnes-state` beside the index): every file's size,
/// modification time and inode, the overrides, synonym files, word lists and dictionary, the
/// versions of reading and analysis, the options, and the index's revisions. When all are as they
/// were, nothing can have changed, and a run answers at once, as omindex does, saying again the
/// warnings the files gave (nothing is skipped in silence).
struct IndexState: Codable {
    static let file = "minnes-state"

    let fingerprint: String
    let summary: Indexer.Summary
    let warnings: [Warning]

    struct Warning: Codable {
        let file: String, message: String
    }

    /// What a run of indexer over listing reads, by stat (the files' own taken once for the run, before
    /// it reads: a file changed meanwhile then differs next time); nil when a file cannot be stat'ed
    /// (the run reads, and says why). Their hash, not their text (a line a file, held through the run).
    static func inputs(of indexer: Indexer, listing: Corpus.Listing, stats: [ReadingCache.Stat?], layout: ShardLayout) -> String? {
        // Made as bytes, a file's line appended in place, its numbers' digits too, and hashed as they
        // are: interpolated, the lines of 10,000 files were a seventh of a run that finds nothing
        // changed, each made apart a tenth of it, and their numbers as strings and the whole made a
        // String before it was hashed, a sixth.
        var text: [UInt8] = []
        text.reserveCapacity(128 * (listing.files.count + listing.skipped.count + 16))
        func write(_ line: String) { text += line.utf8 }
        write("\(Indexer.analyzerVersion)\n\(ReadingCache.readerVersion)\n\(indexer.maxFileSize)\n\(indexer.maxDocumentSize)\n")
        // Change time and mode too: a chmod that makes an unreadable file readable changes only those.
        func add(_ path: String, _ stat: ReadingCache.Stat?) -> Bool {
            guard let stat else { return false }
            text += path.utf8
            func field(_ number: some BinaryInteger) {
                text.append(UInt8(ascii: "\t"))
                Fields.append(decimal: number, to: &text)
            }
            field(stat.size)
            field(stat.modified)
            field(stat.changed)
            field(stat.inode)
            field(stat.mode)
            text.append(UInt8(ascii: "\n"))
            return true
        }
        func add(_ path: String) -> Bool { add(path, ReadingCache.status(of: path)) }
        // Minnes itself: another build may resolve names otherwise, so its first run reads as usual.
        if let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            write("binary " + binary + "\n")
            _ = add(binary)
        }
        write("\(indexer.archive ?? "")\n\(layout.shards.count)\n")

        let root = indexer.corpus.root.path + "/"
        for (file, stat) in zip(listing.files, stats) { guard add(file, stat) else { return nil } }
        for file in listing.overrides { guard add(root + file) else { return nil } }
        for (path, reason) in listing.skipped { write("skipped \(path)\t\(reason)\n") }
        for (type, count) in listing.otherTypes.sorted(by: { $0.key < $1.key }) { write("other \(type)\t\(count)\n") }
        // Inputs outside the corpus: missing ones count as such.
        let dictionary = indexer.dictionary.map { [$0 + ".aff", $0 + ".dic"] } ?? ["no dictionary"]
        // The filters a format needs: installing one makes files readable that were skipped.
        for path in indexer.synonymsFiles.map(\.path) + indexer.wordLists.map(\.path) + dictionary + Extractor.filters where !add(path) {
            write("absent \(path)\n")
        }
        return sha256Hex(Data(text))
    }

    /// The inputs with the revision of every database of the index at folder as it is now.
    static func fingerprint(_ inputs: String, index folder: String) -> String? {
        var text = Data((inputs + "\n").utf8)
        for shard in ShardLayout.databases(at: folder) {
            guard let database = try? Database(path: shard), let revision = try? database.revision else { return nil }
            text += "revision \(shard) \(revision)\n".utf8
        }
        return sha256Hex(text)
    }

    static func load(_ folder: String) -> IndexState? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)) else { return nil }
        return try? JSONDecoder().decode(IndexState.self, from: data)
    }

    func save(_ folder: String) throws {
        try OwnerOnlyFile.write(try JSONEncoder().encode(self), to: URL(fileURLWithPath: folder + "/" + Self.file))
    }
}
