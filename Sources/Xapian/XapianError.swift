import CXapian

/// A failure reported by libxapian through the shim, with Xapian's own message.
public struct XapianError: Error, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        case databaseNotFound, databaseLocked, databaseModified, databaseCorrupt, databaseOpening, database
        case querySyntax, invalidArgument, invalidOperation, documentNotFound, network, xapian, outOfMemory, unknown
    }

    public let kind: Kind
    public let message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

extension XapianError.Kind {
    init(_ status: mx_status) {
        switch status {
        case MX_DATABASE_NOT_FOUND: self = .databaseNotFound
        case MX_DATABASE_LOCKED: self = .databaseLocked
        case MX_DATABASE_MODIFIED: self = .databaseModified
        case MX_DATABASE_CORRUPT: self = .databaseCorrupt
        case MX_DATABASE_OPENING: self = .databaseOpening
        case MX_DATABASE_ERROR: self = .database
        case MX_QUERY_SYNTAX: self = .querySyntax
        case MX_INVALID_ARGUMENT: self = .invalidArgument
        case MX_INVALID_OPERATION: self = .invalidOperation
        case MX_DOC_NOT_FOUND: self = .documentNotFound
        case MX_NETWORK_ERROR: self = .network
        case MX_OUT_OF_MEMORY: self = .outOfMemory
        case MX_XAPIAN_ERROR: self = .xapian
        default: self = .unknown
        }
    }
}

/// Runs one shim call and turns a failing status into a thrown XapianError.
func check(_ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> mx_status) throws {
    var error: UnsafeMutablePointer<CChar>?
    let status = call(&error)
    guard status != MX_OK else { return }
    let message = error.map { String(cString: $0) } ?? "Xapian error \(status.rawValue)"
    mx_free_string(error)
    throw XapianError(kind: .init(status), message: message)
}

/// Takes ownership of a malloc'd byte string handed out by the shim.
func takeString(_ pointer: UnsafeMutablePointer<CChar>?, length: Int? = nil) -> String {
    guard let pointer else { return "" }
    defer { mx_free_string(pointer) }
    guard let length else { return String(cString: pointer) }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
}
