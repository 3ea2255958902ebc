import CXapian

/// A document to be written: data, boolean terms, values; text goes in through a TermGenerator.
public final class Document {
    let handle: OpaquePointer

    public init() throws {
        var out: OpaquePointer?
        try check { mx_document_new(&out, $0) }
        handle = out!
    }

    deinit { mx_document_destroy(handle) }

    public func setData(_ data: String) throws {
        try withBytes(data) { pointer, count in
            try check { mx_document_set_data(handle, pointer, count, $0) }
        }
    }

    public func addBooleanTerm(_ term: String) throws {
        try check { mx_document_add_boolean_term(handle, term, $0) }
    }

    /// Adds a term without a position (wdfIncrement counts towards its weight).
    public func addTerm(_ term: String, wdfIncrement: UInt32 = 1) throws {
        try check { mx_document_add_term(handle, term, wdfIncrement, $0) }
    }

    public func addValue(_ value: String, slot: UInt32) throws {
        try withBytes(value) { pointer, count in
            try check { mx_document_add_value(handle, slot, pointer, count, $0) }
        }
    }

    /// Adds in slot a digest of all else the document holds (terms, positions, values, data): last,
    /// once it is whole. `WritableDatabase.holds(_:at:slot:)` then tells whether a document written
    /// before is this one.
    public func addDigest(slot: UInt32) throws {
        try check { mx_document_add_digest(handle, slot, $0) }
    }
}

/// A Snowball stemmer, optionally folding (å ä æ → a, ö ø → o, é → e, ü → u).
public final class Stemmer {
    public enum Folding: Int32, Sendable {
        case none = 0
        /// Fold the stem: the stemmer decides on the word as written.
        case afterStemming = 1
        /// Stem the folded word, as a word typed without dots is stemmed.
        case beforeStemming = 2
    }

    let handle: OpaquePointer

    public init(language: String, folding: Folding = .none) throws {
        var out: OpaquePointer?
        try check { mx_stem_new(language, folding.rawValue, &out, $0) }
        handle = out!
    }

    deinit { mx_stem_destroy(handle) }

    public func stem(_ word: String) throws -> String {
        var out: UnsafeMutablePointer<CChar>?
        try check { mx_stem_word(handle, word, &out, $0) }
        return takeString(out)
    }
}

/// Which terms stemming produces (Xapian's stem_strategy).
public enum StemStrategy: Int32, Sendable {
    /// Words as written only (a query's words then get their forms from `Query.expanded`).
    case none = 0
    /// Words as written (with positions) plus `Z`-prefixed stems; capitalised query words are not stemmed.
    case some = 1
    /// Only stems, with positions, no `Z`.
    case all = 2
}

/// Turns text into stemmed, positional terms of one document, and records spelling data.
public final class TermGenerator {
    let handle: OpaquePointer
    private let stemmer: Stemmer

    /// - Parameter spellingDatabase: where spelling data is recorded; nil records none.
    public init(stemmer: Stemmer, strategy: StemStrategy = .some, spellingDatabase: WritableDatabase? = nil) throws {
        var out: OpaquePointer?
        try check { mx_termgen_new(stemmer.handle, strategy.rawValue, spellingDatabase?.handle, &out, $0) }
        handle = out!
        self.stemmer = stemmer
    }

    deinit { mx_termgen_destroy(handle) }

    public func setDocument(_ document: Document) throws {
        try check { mx_termgen_set_document(handle, document.handle, $0) }
    }

    public func indexText(_ text: String, wdfIncrement: UInt32 = 1, prefix: String = "", positions: Bool = true) throws {
        if positions {
            try check { mx_termgen_index_text(handle, text, wdfIncrement, prefix, $0) }
        } else {
            try check { mx_termgen_index_text_without_positions(handle, text, wdfIncrement, prefix, $0) }
        }
    }

    /// Leaves a gap in term positions so a phrase cannot match across two fields.
    public func increaseTermPosition(by delta: UInt32 = 100) throws {
        try check { mx_termgen_increase_termpos(handle, delta, $0) }
    }
}

/// Hands a String's UTF-8 bytes to a C call that takes a pointer and a length (NUL bytes included).
func withBytes<T>(_ string: String, _ body: (UnsafePointer<CChar>?, Int) throws -> T) rethrows -> T {
    var string = string
    return try string.withUTF8 { bytes in
        try bytes.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, $0.count) }
    }
}
