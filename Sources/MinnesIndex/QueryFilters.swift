import Foundation
import MinnesNormalise
import MinnesParse

/// Minnes's filters, in Swedish and English, rewritten into the boolean terms and value ranges that
/// Xapian's parser knows (Searcher registers the `…id:` prefixes). Names and places go through the
/// people register and the kommun names, so `kommun:Engelholm` and `person:"Sanna Löv"` work.
struct QueryFilters {
    // Immutable once made; see the note in MinnesParse/Sentences.swift.
    nonisolated(unsafe) static let filter = /(?i)(^|[\s(+\-])(person|vem|raised|lyft|kommun|network|nätverk|year|år|date|datum):(?:"([^"]*)"|([^\s)]+))/

    let people: [PeopleRegister.Entry]

    func rewrite(_ text: String) throws(SearchError) -> String {
        var problem: SearchError?
        let rewritten = text.replacing(Self.filter) { match in
            let value = String(match.3 ?? match.4 ?? "")
            do throws(SearchError) {
                return String(match.1) + (try term(field: match.2.lowercased(), value: value))
            } catch {
                problem = problem ?? error
                return String(match.0)
            }
        }
        if let problem { throw problem }
        return rewritten
    }

    private func term(field: String, value: String) throws(SearchError) -> String {
        switch field {
        case "person", "vem": return "personid:" + personKey(value)
        case "raised", "lyft": return "raiserid:" + personKey(value)
        case "kommun":
            return "kommunid:" + Folding.key(Municipality.named(value) ?? value).replacingOccurrences(of: " ", with: "_")
        case "network", "nätverk": return "networkid:" + Self.networkKey(value)
        case "year", "år":
            guard value.wholeMatch(of: /\d{4}/) != nil else {
                throw .badQuery("\(field): wants a year such as 2020, not \"\(value)\"")
            }
            return "yearid:" + value
        default: return "date:" + (try Self.dateRange(value, field: field))
        }
    }

    /// The register's key for a person written any way it knows; else the words as typed.
    private func personKey(_ name: String) -> String {
        let key = Folding.key(name)
        let entry = people.first { Folding.key($0.name) == key }
            ?? people.first { $0.variants.contains { Folding.key($0) == key } }
            ?? people.first { PeopleRegister.isFullName(name) && PeopleRegister.sameName(Folding.key($0.name), key) }
        return Folding.key(entry?.name ?? name).replacingOccurrences(of: " ", with: "_")
    }

    /// `IFO`, `Socialchef` (also "socialchefer", "Socialchefs nätverket"), or another network as written.
    static func networkKey(_ value: String) -> String {
        let key = Folding.key(value)
        if key.hasPrefix("socialchef") { return "socialchef" }
        if key.hasPrefix("ifo") { return "ifo" }
        return key.replacingOccurrences(of: " ", with: "_")
    }

    /// `2020`, `2020-05`, `2020-05-15`, or a range `A..B` of those with either end open, as the
    /// `YYYYMMDD..YYYYMMDD` the date value holds.
    static func dateRange(_ value: String, field: String) throws(SearchError) -> String {
        func bad() -> SearchError {
            .badQuery("\(field): wants 2020, 2020-05, 2020-05-15 or a range such as 2020-01-01..2020-06-30, not \"\(value)\"")
        }
        func bounds(_ text: Substring) -> (String, String)? {
            if let day = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/) { return ("\(day.1)\(day.2)\(day.3)", "\(day.1)\(day.2)\(day.3)") }
            if let month = text.wholeMatch(of: /(\d{4})-(\d{2})/) { return ("\(month.1)\(month.2)01", "\(month.1)\(month.2)31") }
            if let year = text.wholeMatch(of: /\d{4}/) { return ("\(year.0)0101", "\(year.0)1231") }
            return nil
        }
        let parts = value.split(separator: "..", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard let (from, to) = bounds(parts[0]) else { throw bad() }
            return "\(from)..\(to)"
        }
        let from = parts[0].isEmpty ? "" : bounds(parts[0])?.0
        let to = parts[1].isEmpty ? "" : bounds(parts[1])?.1
        guard let from, let to, !(from.isEmpty && to.isEmpty) else { throw bad() }
        return "\(from)..\(to)"
    }
}
