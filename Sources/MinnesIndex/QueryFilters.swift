import Foundation
import MinnesNormalise
import MinnesParse

/// Minnes's filters, any name of a field in `Schema.fields`, rewritten into the field's own name
/// and the value its terms hold (Searcher registers each field's prefix or range under its name).
/// Names and places go through the people register and the kommun names, so `kommun:Engelholm`
/// and `person:"Sanna Löv"` work.
struct QueryFilters {
    static let filterFields = Schema.fields.filter { $0.kind != .text }
    static let textFields = Schema.fields.filter { $0.kind == .text }
    // Immutable once made; see the note in MinnesParse/Sentences.swift.
    nonisolated(unsafe) static let filter = valuePattern(filterFields)
    nonisolated(unsafe) static let textField = valuePattern(textFields)

    /// `name:value` or `name:"a value"` for every name of the fields, at a word's start: the name
    /// (2), a quoted value (3) or a bare one (4).
    static func valuePattern(_ fields: [Field]) -> Regex<AnyRegexOutput> {
        let names = fields.flatMap(\.names).map { NSRegularExpression.escapedPattern(for: $0) }
        return try! Regex(#"(?i)(^|[\s(+\-])("# + names.joined(separator: "|") + #"):(?:"([^"]*)"|([^\s)]+))"#)
    }

    /// The words a query asks of a text field (`title:word`, `rubrik:"two words"`), with its prefix.
    static func fieldWords(in text: String) -> [(prefix: String, word: String)] {
        text.matches(of: textField).flatMap { match -> [(prefix: String, word: String)] in
            let written = (match[2].substring.map(String.init) ?? "").lowercased()
            guard let field = textFields.first(where: { $0.names.contains(written) }) else { return [] }
            let value = (match[3].substring ?? match[4].substring).map(String.init) ?? ""
            return Folding.lowercaseWords(in: value).map { (field.prefix!, $0) }
        }
    }

    /// The register of names, to look people up in.
    let people: PeopleRegister.Names
    /// Several archives searched as one: each wrote a person under its own spelling, so a person
    /// filter asks for every spelling the merged register knows.
    var everySpelling = false
    /// What each person filter the last rewrite wrote stands for, by field (`person`, `raised`): the
    /// value written (`person:KEY`) and the keys of the people it means, which `Searcher` makes the
    /// value's alternatives (for `person:`, with their meetings' items too).
    private(set) var askedFor: [String: [String: [String]]] = [:]
    /// The years the last rewrite wrote (`year:2020`), which `Searcher` makes their quarters.
    private(set) var years: Set<String> = []

    mutating func rewrite(_ text: String) throws(SearchError) -> String {
        var problem: SearchError?
        var askedFor: [String: [String: [String]]] = [:], years = Set<String>()
        defer { (self.askedFor, self.years) = (askedFor, years) }
        let rewritten = text.replacing(Self.filter) { match in
            let before = match[1].substring.map(String.init) ?? ""
            let written = match[2].substring.map(String.init) ?? ""
            let value = (match[3].substring ?? match[4].substring).map(String.init) ?? ""
            guard let field = Self.filterFields.first(where: { $0.names.contains(written.lowercased()) }) else {
                return String(match[0].substring ?? "")
            }
            do throws(SearchError) {
                // (One value a filter, however many people it means: filters of a field are any of theirs.)
                let (term, people) = try term(field, written: written, value: value)
                if field.value == .person {
                    var keys = askedFor[field.name, default: [:]][term, default: []]
                    for key in people where !keys.contains(key) { keys.append(key) }
                    askedFor[field.name, default: [:]][term] = keys
                }
                if field.value == .year { years.insert(term) }
                return before + field.name + ":" + term
            } catch {
                problem = problem ?? error
                return String(match[0].substring ?? "")
            }
        }
        if let problem { throw problem }
        return rewritten
    }

    /// The value a filter asks its field for and, of a person filter, the keys of the people it means.
    private func term(_ field: Field, written: String, value: String) throws(SearchError) -> (String, people: [String]) {
        switch field.value {
        case .person: return try person(value, field: field, written: written)
        // (Helsingborgs, as "Helsingborgs kommun" writes it, is Helsingborg.)
        case .municipality:
            let genitive = value.last.map { "sS".contains($0) } == true ? Municipality.named(value.dropLast()) : nil
            return (Schema.key(Municipality.named(value) ?? genitive ?? value), [])
        case .network: return (Schema.networkCode(value), [])
        case .folded: return (Schema.key(value), [])
        case .year:
            guard value.wholeMatch(of: Self.year) != nil else {
                throw .badQuery("\(written): wants a year such as 2020, not \"\(value)\"")
            }
            return (value, [])
        case .date: return (try Self.dateRange(value, field: written), [])
        }
    }

    /// The most people one name in a `person:` filter may mean: each person's meetings are terms to match.
    static let mostPeople = 10

    /// A person filter: the person a full name means, by their key; else everyone a name means
    /// (`PeopleRegister.Names`), by the name as written (which also finds it listed so, "Otilia"),
    /// with their keys; with several archives, every full spelling of each (the merged register's).
    /// No one known: the name as written alone.
    private func person(_ name: String, field: Field, written: String) throws(SearchError) -> (String, people: [String]) {
        let named = people.named(name)
        guard !named.isEmpty else { return (Schema.key(name), []) }
        guard field.name != Schema.person.name || named.count <= Self.mostPeople else {
            let some = named.prefix(3).map(\.name).joined(separator: ", ")
            let asked = name.contains(" ") ? "\"\(name)\"" : name
            throw .badQuery("\(written):\(asked) names \(named.count) people (\(some) …); give more of the name (the people register lists them)")
        }
        var keys: [String] = []
        for entry in named {
            for spelling in everySpelling ? [entry.name] + entry.variants : [entry.name] where PeopleRegister.isFullName(spelling) {
                let key = Schema.key(spelling)
                if !keys.contains(key) { keys.append(key) }
            }
        }
        let one = PeopleRegister.isFullName(name) && named.count == 1
        return (one ? Schema.key(named[0].name) : Schema.key(name), keys)
    }

    // (Made once: a literal in a function is parsed and compiled at every call.)
    nonisolated(unsafe) static let year = /\d{4}/, month = /(\d{4})-(\d{2})/, day = /(\d{4})-(\d{2})-(\d{2})/

    /// `2020`, `2020-05`, `2020-05-15`, or a range `A..B` of those with either end open, as the
    /// `YYYYMMDD..YYYYMMDD` the date value holds.
    static func dateRange(_ value: String, field: String) throws(SearchError) -> String {
        func bad() -> SearchError {
            .badQuery("\(field): wants 2020, 2020-05, 2020-05-15 or a range such as 2020-01-01..2020-06-30, not \"\(value)\"")
        }
        func bounds(_ text: Substring) -> (String, String)? {
            if let day = text.wholeMatch(of: Self.day) {
                guard MeetingOverride.isCalendarDate(String(text)) else { return nil }
                return ("\(day.1)\(day.2)\(day.3)", "\(day.1)\(day.2)\(day.3)")
            }
            if let month = text.wholeMatch(of: Self.month) {
                guard let number = Int(month.2), (1...12).contains(number) else { return nil }
                return ("\(month.1)\(month.2)01", "\(month.1)\(month.2)31")
            }
            if let year = text.wholeMatch(of: Self.year) { return ("\(year.0)0101", "\(year.0)1231") }
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
