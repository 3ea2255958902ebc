import MinnesParse

/// What a document stores as data: enough to answer without reading the corpus.
/// An item document stores a `StoredItem`; a meeting document the `Meeting` itself, without its items.
/// What an item shares with its meeting (`StoredHeader`) is read from the meeting's document
/// (`Searcher.header`): on every item it was a quarter of the index's data.
public struct StoredItem: Codable, Sendable, Equatable {
    public let id: String
    public let item: AgendaItem

    /// The meeting's id.
    public var meeting: String { Self.meeting(ofItem: id) }

    /// A meeting's id from one of its items': the item's before its number.
    static func meeting(ofItem id: String) -> String { String(id[..<(id.lastIndex(of: ".") ?? id.endIndex)]) }
}

/// What an item's result shows of its meeting, in the meeting document's value slot
/// `Schema.headerSlot`: read for every item a page shows, so a few fields to decode, not the meeting.
struct StoredHeader: Codable {
    let file: String
    /// The file's format (`docx`, `pdf`, `text` …).
    let format: String?
    let date: String?
    let network: String?
    let title: String

    init(_ meeting: Meeting) {
        (file, format, date, network, title) = (meeting.file, meeting.format, meeting.date, meeting.network, meeting.title)
    }
}

/// The kind of document, stored as a boolean term.
enum DocumentKind: String {
    case meeting, item
}

/// What a search result needs from a document's data, an item's (`StoredItem`) or a meeting's
/// (`Meeting`), in one decoding: a whole Meeting or AgendaItem per result was a sixth of the daemon's
/// time under load. An item's result takes the rest from its meeting's.
struct StoredResult: Decodable {
    struct Item: Decodable {
        struct Raiser: Decodable { let name: String? }
        let title: String
        let text: String
        let raisedBy: [Raiser]
    }
    /// Items: the item and its id.
    let item: Item?
    let id: String?
    /// Meetings: the file, its format, the date, network and title, and the text that has no items.
    let file: String?
    let format: String?
    let date: String?
    let network: String?
    let title: String?
    let notes: String?
}
