import Foundation

/// `minnes search --explain`: Xapian's description of the query a search ran, told for people. Each
/// word's forms (ever wider synonyms, each counting where no closer one is, see `mx_query_expand`) are listed once each, closest
/// first, with the weight of their level: `{mötet | lemma:möte ×0.9 | part:mötet ×0.5}`; terms are
/// named by their layer or field (`XLmöte` → lemma:möte, `XPsanna_lof` → person:sanna_lof).
enum QueryExplanation {
    indirect enum Node {
        case term(String)
        case scaled(Double, Node)
        case operation(String, [Node])
    }

    static func readable(_ description: String) -> String {
        var text = description
        if text.hasPrefix("Query("), text.hasSuffix(")") { text = String(text.dropFirst(6).dropLast()) }
        var parser = Parser(tokens: tokens(text))
        guard let node = parser.node(), parser.atEnd else { return text }  // a shape not foreseen: as Xapian says it
        return render(node, top: true)
    }

    // MARK: Reading the description

    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = [], current = ""
        for character in text {
            if character == "(" || character == ")" || character == " " {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if character != " " { tokens.append(String(character)) }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static let operators: Set<String> = [
        "AND", "OR", "AND_NOT", "XOR", "AND_MAYBE", "FILTER", "NEAR", "PHRASE", "ELITE_SET", "SYNONYM", "MAX",
    ]
    /// Operators Xapian writes with a number after them: the window, the set size.
    static let counted: Set<String> = ["NEAR", "PHRASE", "ELITE_SET"]

    struct Parser {
        let tokens: [String]
        var at = 0
        var atEnd: Bool { at == tokens.count }

        mutating func next() -> String? {
            guard at < tokens.count else { return nil }
            defer { at += 1 }
            return tokens[at]
        }

        mutating func node() -> Node? {
            guard let token = next() else { return nil }
            if token == "(" {
                guard let first = node() else { return nil }
                var children = [first], name: String?
                while let token = next(), token != ")" {
                    guard operators.contains(token), name == nil || name!.hasPrefix(token) else { return nil }
                    var operation = token
                    if counted.contains(token), let count = next() { operation += " " + count }
                    name = operation
                    guard let child = node() else { return nil }
                    children.append(child)
                }
                return .operation(name ?? "", children)
            }
            switch token {
            case "WILDCARD":  // WILDCARD SYNONYM vård
                guard next() != nil, let pattern = next() else { return nil }
                return .term(pattern + "*")
            case "VALUE_RANGE", "VALUE_GE", "VALUE_LE":  // VALUE_RANGE 0 20200101 20211231
                guard let slot = next().flatMap(UInt32.init), let low = next() else { return nil }
                let high = token == "VALUE_RANGE" ? next() : nil
                let field = Schema.fields.first { $0.slot == slot }?.name ?? "slot \(slot)"
                let range = token == "VALUE_LE" ? "..\(low)" : token == "VALUE_GE" ? "\(low).." : "\(low)..\(high ?? "")"
                return .term("\(field):\(range)")
            default: break
            }
            if let weight = Double(token), at < tokens.count, tokens[at] == "*" {
                at += 1
                return node().map { .scaled(weight, $0) }
            }
            return .term(token.replacing(/@\d+$/, with: ""))
        }
    }

    // MARK: Telling it

    static func render(_ node: Node, top: Bool = false) -> String {
        switch node {
        case .term(let term): return named(term)
        case .scaled(0, let inner): return render(inner, top: top) + " (no weight: filters, or highlights beside a phrase)"
        case .scaled(let weight, let inner): return "\(number(weight)) × \(render(inner))"
        case .operation(let name, let children):
            if name == "OR", let levels = levels(children), let forms = forms(levels) { return "{" + forms.joined(separator: " | ") + "}" }
            // A person's meetings joined to their items (`Searcher.attendance`): told as a count, not hundreds of terms.
            let meetings = name == "OR" ? children.compactMap(meeting(of:)) : []
            var parts = children.filter { meetings.isEmpty || meeting(of: $0) == nil }.map { render($0) }
            if !meetings.isEmpty { parts.append("the items of \(meetings.count) meeting\(meetings.count == 1 ? "" : "s") attended") }
            let inside = parts.joined(separator: " \(name) ")
            return top ? inside : "(\(inside))"
        }
    }

    /// The meeting whose items a node stands for (its term).
    static func meeting(of node: Node) -> String? {
        guard case .term(let term) = node, term.hasPrefix(Schema.meetingPrefix) else { return nil }
        return String(term.dropFirst(Schema.meetingPrefix.count))
    }

    /// A word's levels: an OR whose every child after the first counts only where no closer form is
    /// (`level AND_NOT closer`, see `mx_query_expand`); nil for any other OR.
    static func levels(_ children: [Node]) -> [Node]? {
        guard children.count > 1 else { return nil }
        var levels = [children[0]]
        for child in children.dropFirst() {
            guard case .operation("AND_NOT", let parts) = child, parts.count == 2 else { return nil }
            levels.append(parts[0])
        }
        return levels
    }

    /// A word's levels, each form once with its level's weight; nil when children are not levels.
    static func forms(_ levels: [Node]) -> [String]? {
        var seen = Set<String>(), forms: [String] = []
        for level in levels {
            var weight = 1.0, inner = level
            if case .scaled(let factor, let scaled) = level { (weight, inner) = (factor, scaled) }
            let terms: [String]
            switch inner {
            case .term(let term): terms = [term]
            case .operation("SYNONYM", let children):
                var found: [String] = []
                for child in children {
                    guard case .term(let term) = child else { return nil }
                    found.append(term)
                }
                terms = found
            default: return nil
            }
            // A lemma is searched as a lemma's term and as written (`Analyzer`): told once, as the lemma.
            for term in terms where !terms.contains(Schema.lemmaPrefix + term) && seen.insert(term).inserted {
                forms.append(named(term) + (weight == 1 ? "" : " ×\(number(weight))"))
            }
        }
        return forms
    }

    static func number(_ value: Double) -> String {
        String(format: "%g", (value * 100).rounded() / 100)
    }

    nonisolated(unsafe) static let prefixed = /([A-Z]+)([^A-Z].*)/

    /// A term by its layer or field: the longest known prefix it starts with.
    static func named(_ term: String) -> String {
        guard let match = term.wholeMatch(of: prefixed) else { return term }
        let (prefix, rest) = (String(match.output.1), String(match.output.2))
        for (known, name) in names where prefix.hasPrefix(known) {
            return "\(name):" + prefix.dropFirst(known.count) + rest
        }
        return term
    }

    static let names: [(String, String)] = {
        let layers = [
            (Schema.lemmaPrefix, "lemma"), (Schema.foldedPrefix, "folded"),
            (Schema.partPrefix, "part"), (Schema.groupPrefix, "synonym"),
        ]
        let fields = Schema.fields.compactMap { field in field.prefix.map { ($0, field.name) } }
        return (layers + fields + fields.map { (Schema.stemPrefix + $0.0, $0.1 + "-stem") } + [(Schema.stemPrefix, "stem")])
            .sorted { $0.0.count > $1.0.count }
    }()
}
