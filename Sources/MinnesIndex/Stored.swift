import MinnesParse

/// What a document stores as data: enough to answer without reading the corpus.
/// An item document stores a `StoredItem`; a meeting document the `Meeting` itself.
public struct StoredItem: Codable, Sendable, Equatable {
    public let id: String
    public let meeting: String
    public let file: String
    /// The file's format (`docx`, `pdf`, `text` …).
    public var format: String?
    public let date: String?
    public let network: String?
    public let meetingTitle: String
    public let item: AgendaItem
}

/// The kind of document, stored as a boolean term.
enum DocumentKind: String {
    case meeting, item
}
