import CHunspell
import Foundation

/// What a Swedish dictionary (hunspell-sv, through libhunspell) knows of a word: its lemmas
/// (mötet → möte, föräldrarna → förälder) and, for a compound it accepts by its own compounding
/// rules, the real words it is made of (familjehemsvård → familjehem + vård). A word the dictionary
/// knows whole (hemlighet, socialjour) is not split. Analyses are computed once per distinct word.
///
/// A hunspell handle is not thread-safe: every call holds the lock. One instance per dictionary is
/// shared by the whole process (`shared(at:)`), as a handle costs about 20 MB.
public final class Lexicon: @unchecked Sendable {
    public struct Analysis: Sendable, Equatable {
        /// The dictionary accepts the word (whole or as a compound).
        public var known: Bool
        /// Its dictionary forms, lowercase; a compound's is the word with its last part's lemma.
        public var lemmas: [String]
        /// A compound's parts (and any compound inside it), lowercase; [] for a word known whole.
        public var parts: [String]
    }

    /// Debian's hunspell-sv, named by its path without `.aff`/`.dic`.
    public static let defaultPath = "/usr/share/hunspell/sv_SE"
    /// Letters Swedish puts between a compound's parts (familjehem-s-vård, kyrk-o-gård).
    static let linking: Set<Character> = ["s", "e", "a", "o", "u"]
    /// Plurals that change their vowel, which hunspell-sv lists as words of their own (böcker,
    /// män) or reads as another word (bröder → bröd): plural → singular.
    static let umlautPlurals = [
        "böcker": "bok", "män": "man", "söner": "son", "bönder": "bonde", "möss": "mus", "gäss": "gås",
        "löss": "lus", "nätter": "natt", "städer": "stad", "mödrar": "mor", "fäder": "far", "bröder": "bror",
        "döttrar": "dotter", "stänger": "stång", "tänger": "tång", "fötter": "fot", "rötter": "rot",
        "tänder": "tand", "händer": "hand", "länder": "land", "stränder": "strand", "ränder": "rand",
    ]

    /// Which dictionary this is (path, then sizes and modification times, tab-separated): recorded
    /// in the index, so a different dictionary rebuilds it and searches use the same one.
    public let identity: String

    /// The dictionary's path in an identity.
    public static func path(inIdentity identity: String) -> String {
        String(identity.prefix { $0 != "\t" })
    }
    private let aff: String, dic: String
    /// Made on the first word no kept analysis answers (`load(from:)`): loading the dictionary takes
    /// a tenth of a second and 20 MB, and an update of a few files of known words needs none of it.
    private var loaded: OpaquePointer??
    private let lock = NSLock()
    private var analyses: [String: Analysis] = [:]
    /// Analyses made since the cache was last loaded or saved.
    private var unsaved = 0

    public init(path: String = defaultPath) throws(LexiconError) {
        let aff = path + ".aff", dic = path + ".dic"
        var parts = [path]
        for file in [aff, dic] {
            var info = stat()
            guard stat(file, &info) == 0 else { throw .missing(file) }
            parts.append("\(info.st_size) \(info.st_mtim.tv_sec)")
        }
        // Its encoding as hunspell reads it (the affix file's first SET; ISO8859-1 without one), said
        // now though the dictionary is loaded only when first needed.
        guard let affix = FileManager.default.contents(atPath: aff) else { throw .missing(aff) }
        // (Lines ended as Windows ends them too, and a byte-order mark before the first.)
        let set = String(decoding: affix, as: UTF8.self).split(whereSeparator: \.isNewline).lazy
            .map { $0.split(whereSeparator: { $0.isWhitespace || $0 == "\u{FEFF}" }) }.first { $0.first == "SET" }
        guard set?.dropFirst().first == "UTF-8" else { throw .notUTF8(dic) }
        (self.aff, self.dic) = (aff, dic)
        identity = parts.joined(separator: "\t")
    }

    deinit { if case .some(.some(let handle)) = loaded { Hunspell_destroy(handle) } }

    /// The hunspell handle, loaded on first use (under the lock); nil should it not load.
    private var handle: OpaquePointer? {
        if let loaded { return loaded }
        let handle = Hunspell_create(aff, dic)
        loaded = .some(handle)
        return handle
    }

    nonisolated(unsafe) private static var instances: [String: Lexicon] = [:]
    private static let instancesLock = NSLock()

    /// The one instance for the dictionary at path, loaded on first use.
    public static func shared(at path: String = defaultPath) throws(LexiconError) -> Lexicon {
        instancesLock.lock()
        defer { instancesLock.unlock() }
        if let instance = instances[path] { return instance }
        let instance = try Lexicon(path: path)
        instances[path] = instance
        return instance
    }

    /// Loads the dictionary now, on the caller's thread, when one of `words` (lowercase) has no
    /// analysis yet: the first document to ask would wait a tenth of a second for it, where a run
    /// that knows its new words early loads it beside other work. Callers meanwhile wait, as they
    /// would for the first word.
    public func prepare(for words: some Sequence<String>) {
        lock.lock()
        defer { lock.unlock() }
        guard loaded == nil, words.contains(where: { analyses[$0] == nil }) else { return }
        _ = handle
    }

    /// What the dictionary knows of word (any case).
    public func analysis(of word: String) -> Analysis {
        let word = word.lowercased()
        lock.lock()
        defer { lock.unlock() }
        return analyse(word)
    }

    // MARK: Kept between runs

    /// Takes in the analyses a file beside the index keeps (`save(to:)`), when this dictionary made
    /// them; a missing, stale or unreadable file is simply not used.
    public func load(from cache: URL) {
        guard let data = try? Data(contentsOf: cache), let text = String(validating: data, as: UTF8.self) else { return }
        // Split as bytes, not Characters: split as a String, it was a twentieth of an update of one
        // file of 1,000.
        let string = { (bytes: Substring.UTF8View.SubSequence) in String(Substring(bytes)) }
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map(string) == Self.cacheHeader + "\t" + identity else { return }
        lock.lock()
        defer { lock.unlock() }
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 4 else { continue }
            func words(_ field: Substring.UTF8View.SubSequence) -> [String] { field.split(separator: 0x20).map(string) }
            analyses[string(fields[0])] = Analysis(known: fields[1].elementsEqual("1".utf8), lemmas: words(fields[2]), parts: words(fields[3]))
        }
        unsaved = 0
    }

    /// Writes every analysis made so far beside the index (owner-only, replaced at once), when there
    /// are new ones: a word is analysed once, not once per run.
    public func save(to cache: URL) throws {
        lock.lock()
        guard unsaved > 0 else { lock.unlock(); return }
        var text = Self.cacheHeader + "\t" + identity + "\n"
        for (word, analysis) in analyses.sorted(by: { $0.key < $1.key }) {
            text += "\(word)\t\(analysis.known ? 1 : 0)\t\(analysis.lemmas.joined(separator: " "))\t\(analysis.parts.joined(separator: " "))\n"
        }
        unsaved = 0
        lock.unlock()
        do {
            try OwnerOnlyFile.write(Data(text.utf8), to: cache)
        } catch {
            throw LexiconError.cannotWrite(cache.path)
        }
    }

    static let cacheHeader = "minnes lexicon 2"

    // MARK: Under the lock

    /// (A word's analysis depends on it alone: remembered for the word, whichever word's parts asked
    /// for it first. Cut off at a depth of parts, one first met as a part deep down was remembered
    /// unsplit, and two runs analysing the same minutes on several threads indexed them differently.
    /// A head is shorter than its word, so the parts end.)
    private func analyse(_ word: String) -> Analysis {
        if let known = analyses[word] { return known }
        // A dictionary that did not load (never expected: its files were there) knows nothing, and
        // that is not kept as what it knows.
        guard handle != nil else { return Analysis(known: false, lemmas: [], parts: []) }
        var analysis = Analysis(known: spells(word), lemmas: [], parts: [])
        if analysis.known {
            let readings = analyze(word)
            var compoundTail: String?
            for reading in readings {
                // A compound reads "pa:PART st:LEMMA …" per part; the last part carries the inflection.
                if let last = reading.lastIndex(where: { $0.key == "pa" }) {
                    let tail = reading[last].value
                    let lemma = reading[(last + 1)...].first { $0.key == "st" }?.value
                    if let lemma, word.hasSuffix(tail) {
                        analysis.lemmas.append(String(word.dropLast(tail.count)) + lemma.lowercased())
                    } else {
                        analysis.lemmas.append(word)
                    }
                    compoundTail = compoundTail ?? tail
                } else {
                    analysis.lemmas += reading.filter { $0.key == "st" }.map { $0.value.lowercased() }
                    compoundTail = ""  // known whole: not split
                }
            }
            if analysis.lemmas.isEmpty { analysis.lemmas = [word] }
            // Only a word of letters is a compound, as `CompoundSplitter` has it: hunspell read 2020 as
            // 202 and 0, and a search for 20 found it.
            if let tail = compoundTail, !tail.isEmpty, word.hasSuffix(tail), word.allSatisfy(\.isLetter) {
                analysis.parts = headParts(String(word.dropLast(tail.count))) + [tail]
            }
        }
        for form in [word] + analysis.lemmas {
            if let singular = Self.singular(of: form) { analysis.lemmas.append(singular) }
        }
        analysis.lemmas = analysis.lemmas.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        analyses[word] = analysis
        unsaved += 1
        return analysis
    }

    /// The words a compound's head is made of: the head itself when the dictionary knows it (its
    /// lemma when that is the head without a linking letter: familjehems → familjehem), else the
    /// head without its linking letter; and the parts of either when it is a compound itself.
    private func headParts(_ head: String) -> [String] {
        guard head.count >= 2 else { return [] }
        let stripped = head.last.map(Self.linking.contains) == true && head.count > 2 ? String(head.dropLast()) : nil
        let analysis = analyse(head)
        if analysis.known {
            if let stripped, analysis.lemmas.contains(stripped) { return [stripped] + analyse(stripped).parts }
            if !analysis.parts.isEmpty, let stripped {
                // A compound head with a linking letter: "familjehemsvårds" → familjehemsvård and its parts.
                let inner = analyse(stripped)
                if inner.known { return [stripped] + inner.parts }
            }
            return [head] + analysis.parts
        }
        if let stripped, analyse(stripped).known {
            return [stripped] + analyse(stripped).parts
        }
        return [head]  // a bound form the dictionary only allows inside compounds ("arbets")
    }

    /// "böckerna", "männens" → the singular of a plural hunspell keeps apart.
    static func singular(of word: String) -> String? {
        for ending in ["", "s", "na", "nas", "ne", "nes"] where word.hasSuffix(ending) {
            if let singular = umlautPlurals[String(word.dropLast(ending.count))] { return singular }
        }
        return nil
    }

    private func spells(_ word: String) -> Bool {
        guard let handle else { return false }
        return Hunspell_spell(handle, word) != 0
    }

    /// Hunspell_analyze's readings, each as its fields in order ("st:möte fl:C" → [(st, möte), (fl, C)]).
    private func analyze(_ word: String) -> [[(key: String, value: String)]] {
        guard let handle else { return [] }
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = Hunspell_analyze(handle, &list, word)
        defer { Hunspell_free_list(handle, &list, count) }
        guard let list else { return [] }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }.map { reading in
            reading.split(whereSeparator: \.isWhitespace).compactMap { field in
                guard let colon = field.firstIndex(of: ":") else { return nil }
                return (String(field[..<colon]), String(field[field.index(after: colon)...]))
            }
        }
    }
}

public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notUTF8(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .missing(let file): "the Swedish dictionary \(file) is missing (Debian: apt-get install hunspell-sv)"
        case .notUTF8(let file): "the dictionary \(file) is not UTF-8; Minnes reads UTF-8 dictionaries"
        case .cannotWrite(let file): "cannot write \(file)"
        }
    }
}
