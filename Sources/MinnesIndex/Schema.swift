import Crypto
import Foundation
import MinnesNormalise

/// How minutes are laid out in Xapian: term prefixes, value slots, document data. ARCHITECTURE.md
/// documents the same table for people who open the index with xapian-delve or quest.
public enum Schema {
    public static let language = "swedish"

    /// Unique id of a document, so a re-index replaces it.
    static let idPrefix = "Q"
    /// The file a document came from (boolean), so all of a file's documents can be removed at once.
    static let filePrefix = "F"
    /// Title words.
    static let titlePrefix = "S"
    /// Folded stems, with positions (Analyzer).
    static let foldedPrefix = "XF"
    /// Folded stems of words and of compound parts, without positions (Analyzer).
    static let partPrefix = "XC"
    /// A synonym group or a person whose expression occurs in the text (`XShelsingborg`, `XSp_sanna_lof`).
    static let groupPrefix = "XS"
    /// Decision text.
    static let decisionPrefix = "XD"
    /// `meeting` or `item`.
    static let kindPrefix = "XT"
    /// The Minnes id (`m1a2b3c4d` for a meeting, `m1a2b3c4d.3` for its third item).
    static let minnesIDPrefix = "XI"
    /// Network, lowercased (`XNifo`, `XNsocialchef`).
    static let networkPrefix = "XN"
    /// Kommun of someone present or raising, folded (`XKangelholm`).
    static let municipalityPrefix = "XK"
    /// Someone present, folded full name with `_` for spaces (`XPfilippa_kurdve`).
    static let personPrefix = "XP"
    /// Someone who raised the item.
    static let raiserPrefix = "XR"
    /// The meeting's year (`Y2020`).
    static let yearPrefix = "Y"
    /// The meeting's quarter (`XQ2020Q4`), for timelines.
    static let quarterPrefix = "XQ"

    /// `YYYYMMDD`, for date ranges and sorting.
    static let dateSlot: UInt32 = 0
    /// The meeting's id: the key that groups a meeting's items.
    static let meetingSlot: UInt32 = 1

    /// Metadata key holding the hash of every indexed file's reading (see `Manifest`).
    static let manifestKey = "minnes.manifest"
    /// Metadata key holding the people register (JSON), for `minnes people` and `person:`.
    static let peopleKey = "minnes.people"

    /// Xapian terms hold at most 245 bytes; long values are named by their hash instead.
    static func term(_ prefix: String, _ value: String) -> String {
        let term = prefix + value
        return term.utf8.count <= 240 ? term : prefix + "#" + sha256Hex(Data(value.utf8))
    }

    static func personTerm(_ prefix: String, _ name: String) -> String {
        term(prefix, Folding.key(name).replacingOccurrences(of: " ", with: "_"))
    }

    /// A short, stable id for the meeting read from file.
    public static func meetingID(file: String) -> String {
        "m" + sha256Hex(Data(file.utf8)).prefix(8)
    }
}

/// SHA-256 of data as lowercase hex: content hashes of files, names derived from paths.
public func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}
