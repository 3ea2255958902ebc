/// The eleven kommuner of Familjen Helsingborg, and the other ways minutes write them.
public enum Municipality {
    public static let all = [
        "Helsingborg", "Höganäs", "Ängelholm", "Båstad", "Bjuv", "Klippan", "Landskrona", "Perstorp", "Svalöv",
        "Åstorp", "Örkelljunga",
    ]

    /// Old spellings and abbreviations that name a kommun on their own.
    static let otherNames = ["Engelholm": "Ängelholm", "Hbg": "Helsingborg", "Hgb": "Helsingborg"]

    /// The short forms a registry or a list writes ("Lkr", "Äng", "ÅST"), as written: folded, "Hös"
    /// would be "hos" and "Båd" "bad". Not Perstorp's "Per", a first name, nor "Hög", a word.
    static let shortForms = [
        "Lkr": "Landskrona", "Lskr": "Landskrona", "Äng": "Ängelholm", "Ängelh": "Ängelholm", "Hös": "Höganäs", "Kli": "Klippan",
        "Klp": "Klippan", "Örk": "Örkelljunga", "Åst": "Åstorp", "Bju": "Bjuv", "Svl": "Svalöv", "Båd": "Båstad", "Pst": "Perstorp",
    ]

    private static let byKey: [String: String] = {
        var byKey: [String: String] = [:]
        for name in all { byKey[key(name)] = name }
        for (other, name) in otherNames { byKey[key(other)] = name }
        return byKey
    }()

    /// The kommun a genitive names ("Bjuvs" in "Bjuvs kommunhus", "Helsingborgs tingsrätt"), or nil.
    public static func ofGenitive(_ word: some StringProtocol) -> String? {
        word.hasSuffix("s") ? named(word.dropLast()) : nil
    }

    /// Whether a word is made on a kommun's name and goes on ("Helsingborgshem", "Landskronahem",
    /// "Klippanbostäder"): a body of the kommun's (its housing company), no one's name.
    public static func isCompounded(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        return all.contains { name in lower.count > name.count && lower.hasPrefix(name.lowercased()) }
    }

    /// The kommun a word names ("Ängelholm", "ängelholm", "Angelholm", "Engelholm"), or nil.
    public static func named(_ word: some StringProtocol) -> String? {
        // (Asked of most words read: trimmed only when an end is what trimming takes.)
        let scalars = word.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.isSpaceOrPunctuation, !last.isSpaceOrPunctuation { return byKey[key(word)] ?? short(word) }
        let trimmed = String(word).trimming(where: \.isSpaceOrPunctuation)
        return byKey[key(trimmed)] ?? short(trimmed)
    }

    /// The kommun a column of kommuner names, after a name ("AA   Ada Ek   Per"): there Perstorp's
    /// "Per" is no first name.
    public static func inColumn(_ word: some StringProtocol) -> String? {
        named(word) ?? (word == "Per" ? "Perstorp" : nil)
    }

    /// A short form as written, or in capitals ("ÅST").
    private static func short(_ word: some StringProtocol) -> String? {
        guard (3...12).contains(word.utf8.count), word.first?.isUppercase == true else { return nil }
        if let kommun = shortForms[String(word)] { return kommun }
        return word.dropFirst().contains(where: \.isUppercase) ? shortForms[word.prefix(1) + word.dropFirst().lowercased()] : nil
    }

    /// The kommun a kommun's own body names ("Ängelholms kommun", "Helsingborgs stad"), or nil.
    public static func ofBody(_ text: some StringProtocol) -> String? {
        let words = text.split(separator: " ")
        guard words.count == 2, ["kommun", "stad"].contains(words[1].lowercased()) else { return nil }
        // ("Höganäs kommun", "Landskrona stad": no genitive's s to take off.)
        return named(words[0]) ?? (words[0].hasSuffix("s") ? named(words[0].dropLast()) : nil)
    }

    /// The kommun at whose domain an address (or a domain) is: aksel.ek@landskrona.se, bjuv.se.
    public static func ofAddress(_ address: some StringProtocol) -> String? {
        let address = String(address)
        let domain = address.split(separator: "@" as Character).last ?? Substring(address)
        return domain.split(separator: "." as Character).first.flatMap { named($0) }
    }

    private static func key(_ word: some StringProtocol) -> String {
        Folding.key(word)
    }
}
