import CXapian
import Foundation

/// A Xapian database handle. Like Xapian's own objects it is not thread-safe: use one handle from one
/// thread at a time. It is deliberately not Sendable; callers that share one must guard it themselves.
public class Database {
    let handle: OpaquePointer

    init(handle: OpaquePointer) { self.handle = handle }

    /// Opens an existing database read-only.
    public convenience init(path: String) throws {
        var out: OpaquePointer?
        try check { mx_database_open(path, &out, $0) }
        self.init(handle: out!)
    }

    /// Several databases searched as one (Xapian's multi-database search: global statistics, one
    /// ranking). Document d of the k-th (0-based) of n is `(d - 1) * n + k + 1` here.
    public convenience init(combining databases: [Database]) throws {
        var out: OpaquePointer?
        try check { mx_database_new_empty(&out, $0) }
        self.init(handle: out!)
        for database in databases { try check { mx_database_add_database(handle, database.handle, $0) } }
    }

    /// A xapian-tcpsrv's database; `timeout` bounds the connect and every exchange.
    public convenience init(host: String, port: Int, timeout: Double) throws {
        var out: OpaquePointer?
        try check { mx_database_open_tcp(host, UInt32(port), UInt32(timeout * 1000), &out, $0) }
        self.init(handle: out!)
    }

    /// The database a program serves on its stdin and stdout (`ssh HOST xapian-progsrv PATH`).
    public convenience init(program: String, arguments: String, timeout: Double) throws {
        var out: OpaquePointer?
        try check { mx_database_open_program(program, arguments, UInt32(timeout * 1000), &out, $0) }
        self.init(handle: out!)
    }

    deinit { mx_database_destroy(handle) }

    /// Writes a compacted copy to output; when output is a stub file, what it lists is compacted into a
    /// new database and the stub atomically made to name that one (xapian-compact's way).
    public func compact(to output: String) throws {
        try check { mx_database_compact(handle, output, $0) }
    }

    /// Moves to the latest committed revision; true when there was a newer one.
    @discardableResult
    public func reopen() throws -> Bool {
        var changed: Int32 = 0
        try check { mx_database_reopen(handle, &changed, $0) }
        return changed != 0
    }

    public var documentCount: Int {
        get throws {
            var count: UInt32 = 0
            try check { mx_database_doccount(handle, &count, $0) }
            return Int(count)
        }
    }

    public var revision: UInt64 {
        get throws {
            var revision: UInt64 = 0
            try check { mx_database_revision(handle, &revision, $0) }
            return revision
        }
    }

    /// The documents indexed by term, in ascending order.
    public func documents(term: String) throws -> [UInt32] {
        var ids: UnsafeMutablePointer<UInt32>?
        var count = 0
        try check { mx_database_postings(handle, term, &ids, &count, $0) }
        defer { mx_free_docids(ids) }
        return ids.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    }

    /// Every term that does not start with a capital A–Z (Xapian's convention for a field's prefix):
    /// the words of the text, in order.
    public func unprefixedTerms() throws -> [String] {
        var terms: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_database_unprefixed_terms(handle, &terms, &length, $0) }
        guard let terms else { return [] }
        defer { mx_free_string(terms) }
        return UnsafeRawBufferPointer(start: terms, count: length).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A document's first term that starts with prefix (a boolean field's one value), if any.
    public func term(of docid: UInt32, prefix: String) throws -> String? {
        var term: UnsafeMutablePointer<CChar>?
        try check { mx_database_document_term(handle, docid, prefix, &term, $0) }
        guard let term else { return nil }
        defer { mx_free_string(term) }
        return String(cString: term)
    }

    /// Every term that starts with prefix and then no capital A–Z (another field's prefix), each with
    /// the fold (å ä → a, ö → o …) of what follows the prefix.
    public func foldedTerms(prefix: String) throws -> [(fold: String, term: String)] {
        var pairs: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_database_folded_terms(handle, prefix, &pairs, &length, $0) }
        guard let pairs else { return [] }
        defer { mx_free_string(pairs) }
        let parts = UnsafeRawBufferPointer(start: pairs, count: length).split(separator: 0, omittingEmptySubsequences: false)
        return stride(from: 0, to: parts.count - 1, by: 2).map {
            (String(decoding: parts[$0], as: UTF8.self), String(decoding: parts[$0 + 1], as: UTF8.self))
        }
    }

    /// The value a document holds in slot, or "" when it holds none.
    public func value(of docid: UInt32, slot: UInt32) throws -> String {
        var value: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_database_value(handle, docid, slot, &value, &length, $0) }
        return takeString(value, length: length)
    }

    /// The user metadata stored under key, as bytes (empty when there is none).
    public func metadataBytes(_ key: String) throws -> Data {
        var value: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_database_get_metadata(handle, key, &value, &length, $0) }
        guard let value else { return Data() }
        defer { mx_free_string(value) }
        return Data(bytes: value, count: length)
    }

    /// The user metadata stored under key, or "" when there is none.
    public func metadata(_ key: String) throws -> String {
        var value: UnsafeMutablePointer<CChar>?
        var length = 0
        try check { mx_database_get_metadata(handle, key, &value, &length, $0) }
        return takeString(value, length: length)
    }

}

/// The one writer of a database: Xapian lets a single WritableDatabase hold the lock.
public final class WritableDatabase: Database {
    /// Opens the database at path for writing, creating it when missing.
    /// sync: false commits without waiting for the disk (Xapian's `DB_NO_SYNC`): for a database
    /// written whole and synced once (`ShardLayout.sync`) before it is put where it is read.
    public init(path: String, create: Bool = true, sync: Bool = true) throws {
        var out: OpaquePointer?
        try check { mx_database_open_writable(path, create ? 1 : 0, sync ? 0 : 1, &out, $0) }
        super.init(handle: out!)
    }

    public func setMetadata(_ key: String, _ value: String) throws {
        try withBytes(value) { pointer, count in
            try check { mx_database_set_metadata(handle, key, pointer, count, $0) }
        }
    }

    public func setMetadata(_ key: String, bytes: Data) throws {
        try bytes.withUnsafeBytes { raw in
            try check { mx_database_set_metadata(handle, key, raw.bindMemory(to: CChar.self).baseAddress, raw.count, $0) }
        }
    }

    /// Commits what was written since the last commit (outside a transaction Xapian also commits on
    /// its own, every `XAPIAN_FLUSH_THRESHOLD` documents).
    public func commit() throws {
        try check { mx_database_commit(handle, $0) }
    }

    /// Runs body inside a transaction: all of its changes are committed at once, or none when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try check { mx_database_begin_transaction(handle, $0) }
        do {
            let result = try body()
            try check { mx_database_commit_transaction(handle, $0) }
            return result
        } catch {
            try? check { mx_database_cancel_transaction(handle, $0) }
            throw error
        }
    }

    /// Replaces every document indexed by uniqueTerm with document, or adds it. The term is added to
    /// the document, as Xapian finds the document by it next time.
    @discardableResult
    public func replaceDocument(uniqueTerm: String, with document: Document) throws -> UInt32 {
        try document.addBooleanTerm(uniqueTerm)
        var docid: UInt32 = 0
        try check { mx_database_replace_document(handle, uniqueTerm, document.handle, &docid, $0) }
        return docid
    }

    /// Puts document in place of the one numbered docid, or adds it (nil); returns its number.
    @discardableResult
    public func replaceDocument(_ docid: UInt32?, with document: Document) throws -> UInt32 {
        var written: UInt32 = 0
        try check { mx_database_replace_document_id(handle, docid ?? 0, document.handle, &written, $0) }
        return written
    }

    /// Whether the document docid holds in slot what document does (a digest, `Document.addDigest`):
    /// then it is that document, and writing it again would change nothing.
    public func holds(_ document: Document, at docid: UInt32, slot: UInt32) throws -> Bool {
        var same: Int32 = 0
        try check { mx_database_holds_value(handle, docid, document.handle, slot, &same, $0) }
        return same == 1
    }

    /// Adds the document's unprefixed terms to the spelling table, each as often as it occurs: what a
    /// `TermGenerator` with a spelling database adds while indexing, for a document made elsewhere.
    public func addSpellings(of document: Document) throws {
        try check { mx_database_add_spellings(handle, document.handle, $0) }
    }

    /// Takes back the spelling data `addSpellings(of:)` added for a document, before it is replaced
    /// or deleted: Xapian keeps it until it is removed, and would suggest words no document holds.
    public func removeSpellings(of docid: UInt32) throws {
        try check { mx_database_remove_spellings(handle, docid, $0) }
    }

    /// Makes a query for term (a word, or words separated by spaces) also match synonym.
    public func addSynonym(_ synonym: String, for term: String) throws {
        try check { mx_database_add_synonym(handle, term, synonym, $0) }
    }

    /// Makes a query for term no longer also match synonym.
    public func removeSynonym(_ synonym: String, for term: String) throws {
        try check { mx_database_remove_synonym(handle, term, synonym, $0) }
    }

    public func clearAllSynonyms() throws {
        try check { mx_database_clear_all_synonyms(handle, $0) }
    }

    public func deleteDocument(_ docid: UInt32) throws {
        try check { mx_database_delete_document(handle, docid, $0) }
    }
}
