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

/// What a search result needs from a document's data, an item's (`StoredItem`) or a meeting's
/// (`Meeting`), in one decoding: a whole Meeting or AgendaItem per result was a sixth of the daemon's
/// time under load.
struct StoredResult: Decodable {
    struct Item: Decodable {
        struct Raiser: Decodable { let name: String? }
        let title: String
        let text: String
        let raisedBy: [Raiser]
    }
    let file: String
    let format: String?
    let date: String?
    let network: String?
    /// Items: the item, its id, its meeting's id and title.
    let item: Item?
    let id: String?
    let meeting: String?
    let meetingTitle: String?
    /// Meetings: the title, and the text that has no items.
    let title: String?
    let notes: String?
}
