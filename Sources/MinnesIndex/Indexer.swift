import Foundation
import MinnesDecode
import MinnesParse
import Xapian

/// Brings an index in line with a corpus: new and changed files are (re)indexed, removed ones deleted,
/// unchanged ones skipped by content hash. One run is one Xapian transaction.
public struct Indexer {
    public enum Event: Sendable, Equatable {
        /// A file was read with a caveat (decoded as Windows-1252) or skipped (empty, binary, unreadable).
        case warning(file: String, message: String)
        /// `done` of `total` files looked at.
        case progress(done: Int, total: Int)
    }

    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var added = 0, updated = 0, removed = 0, unchanged = 0, skipped = 0
        public var seconds = 0.0

        public var description: String {
            "added \(added), updated \(updated), removed \(removed), unchanged \(unchanged), skipped \(skipped)"
                + " in \(String(format: "%.2f", seconds)) s"
        }
    }

    public let corpus: Corpus
    public let indexPath: String

    public init(corpus: Corpus, indexPath: String) {
        self.corpus = corpus
        self.indexPath = indexPath
    }

    public func run(report: (Event) -> Void = { _ in }) throws -> Summary {
        let started = Date()
        let files = try corpus.files()
        try FileManager.default.createDirectory(atPath: indexPath, withIntermediateDirectories: true)
        let database: WritableDatabase
        do {
            database = try WritableDatabase(path: indexPath)
        } catch let error as XapianError where error.kind == .databaseLocked {
            throw IndexError.locked(indexPath)
        }
        let termGenerator = try TermGenerator(language: Schema.language, spellingDatabase: database)

        var summary = Summary()
        try database.transaction {
            let indexed = try Manifest(json: database.metadata(Schema.manifestKey))
            var manifest = Manifest()
            for (number, file) in files.enumerated() {
                report(.progress(done: number, total: files.count))
                let bytes: Data
                do {
                    bytes = try corpus.read(file)
                } catch {
                    report(.warning(file: file, message: "skipped: cannot be read (\(error.localizedDescription))"))
                    summary.skipped += 1
                    continue
                }
                let hash = sha256Hex(bytes)
                if indexed.hashes[file] == hash {
                    manifest.hashes[file] = hash
                    summary.unchanged += 1
                    continue
                }
                let decoded: DecodedText
                do {
                    decoded = try Decoder.decode(bytes)
                } catch {
                    report(.warning(file: file, message: "skipped: \(error)"))
                    summary.skipped += 1
                    continue
                }
                if decoded.encoding != .utf8 {
                    report(.warning(file: file, message: "not UTF-8; read as \(decoded.encoding.rawValue)"))
                }
                let minutes = MinutesReader.read(decoded.text, fileName: (file as NSString).lastPathComponent)
                try database.deleteDocuments(term: Schema.term(Schema.filePrefix, file))
                try add(minutes, file: file, to: database, termGenerator: termGenerator)
                manifest.hashes[file] = hash
                if indexed.hashes[file] == nil { summary.added += 1 } else { summary.updated += 1 }
            }
            report(.progress(done: files.count, total: files.count))
            // Whatever was indexed before and is not indexed now is gone from the corpus or unreadable.
            for file in indexed.hashes.keys where manifest.hashes[file] == nil {
                try database.deleteDocuments(term: Schema.term(Schema.filePrefix, file))
                summary.removed += 1
            }
            try database.setMetadata(Schema.manifestKey, manifest.json())
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func add(_ minutes: Minutes, file: String, to database: WritableDatabase, termGenerator: TermGenerator)
        throws
    {
        let document = try Document()
        let stored = StoredDocument(file: file, title: minutes.title, date: minutes.date, text: minutes.text)
        try document.setData(String(decoding: try JSONEncoder().encode(stored), as: UTF8.self))
        try document.addBooleanTerm(Schema.term(Schema.filePrefix, file))
        if let date = minutes.date {
            try document.addValue(date.replacingOccurrences(of: "-", with: ""), slot: Schema.dateSlot)
        }
        try termGenerator.setDocument(document)
        try termGenerator.indexText(minutes.title, prefix: Schema.titlePrefix)
        try termGenerator.increaseTermPosition()
        try termGenerator.indexText(minutes.text)
        try database.replaceDocument(uniqueTerm: Schema.term(Schema.idPrefix, file), with: document)
    }
}

/// Content hashes of the indexed files, kept in the index's metadata so it commits with the documents.
struct Manifest {
    var hashes: [String: String] = [:]

    init() {}

    init(json: String) throws {
        guard !json.isEmpty else { return }
        hashes = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(hashes), as: UTF8.self)
    }
}

public enum IndexError: Error, CustomStringConvertible {
    case locked(String)

    public var description: String {
        switch self {
        case .locked(let path): "the index at \(path) is being written by another process (is `minnes index` running?)"
        }
    }
}
