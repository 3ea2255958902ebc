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

    public func addValue(_ value: String, slot: UInt32) throws {
        try withBytes(value) { pointer, count in
            try check { mx_document_add_value(handle, slot, pointer, count, $0) }
        }
    }
}

/// Turns text into stemmed, positional terms of one document, and records spelling data.
public final class TermGenerator {
    let handle: OpaquePointer

    /// - Parameters:
    ///   - language: a Snowball stemmer name, such as "swedish".
    ///   - spellingDatabase: where spelling data is recorded; nil records none.
    public init(language: String, spellingDatabase: WritableDatabase? = nil) throws {
        var out: OpaquePointer?
        try check { mx_termgen_new(language, spellingDatabase?.handle, &out, $0) }
        handle = out!
    }

    deinit { mx_termgen_destroy(handle) }

    public func setDocument(_ document: Document) throws {
        try check { mx_termgen_set_document(handle, document.handle, $0) }
    }

    public func indexText(_ text: String, wdfIncrement: UInt32 = 1, prefix: String = "") throws {
        try check { mx_termgen_index_text(handle, text, wdfIncrement, prefix, $0) }
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
