import Foundation
import Testing

/// Every command the documentation shows a user runs, against the bundled sample (`Corpus/`).
///
/// The examples are read from the documents at test time, never copied here, so a new example is
/// tested the day it is written and a broken one fails:
/// - `README.md`: the lines of its ```sh blocks;
/// - `minnes help`, `minnes help SUBCOMMAND` for every subcommand `minnes help` lists, and
///   `minnesd --help`: the help the built binaries print;
/// - every manual page in `docs/man/`: its source, troff escapes undone.
/// A line is an example when it starts with one of `DocExamples.programs`. Each example runs in a
/// world of its own (the sample indexed, a daemon started and stopped) and must exit 0 or 1 as
/// documented (0 found, 1 nothing found), never 2, with no `Error:` on stderr; and exit 0 (found)
/// unless its query has a filter, which may narrow the five sample meetings to none
/// (`DocExamples.mayFindNothing`): a listing, a lookup or a search of words shown to the reader of the
/// sample should show something.
@Suite struct DocExamplesTests {
    /// One world for all examples (the sample indexed once, one daemon): each example is a command a
    /// user types after the two of the README, one after another.
    @Test func everyExampleRunsAsDocumented() throws {
        let world = try World()
        let environment = DocExamples.environment(of: world)
        let indexed = try world.run("minnes", ["index"], environment: environment)
        try #require(indexed.status == 0, "indexing the sample: \(indexed.stderr)")
        try world.startDaemon()
        let meetings = try DocExamples.meetings(in: world, environment: environment)
        try #require(!meetings.isEmpty, "the sample has meetings")
        let examples = try DocExamples.all()
        try #require(!examples.isEmpty)
        for example in examples {
            if let reason = DocExamples.skipReason(example) {
                print("doc example not run: \(example.testDescription): \(reason)")
                continue
            }
            try check(example, in: world, environment: environment, meetings: meetings)
        }
    }

    func check(_ example: DocExample, in world: World, environment: [String: String], meetings: [DocExamples.Meeting]) throws {
        let command = try DocExamples.command(for: example, in: world, meetings: meetings)
        let outcome = try world.run(command.executable, command.arguments, environment: environment)
        let shown = "\(example.testDescription): \(example.line)\n→ \(([command.executable] + command.arguments).joined(separator: " "))\n"
            + "exit \(outcome.status)\nstdout: \(outcome.stdout.prefix(2000))\nstderr: \(outcome.stderr)"

        if outcome.stderr.contains("started minnesd") {
            // It found no daemon and started one of its own: stop that one too, none is left behind.
            Issue.record("the example started a daemon of its own instead of using the world's\n\(shown)")
            _ = try world.run("minnes", ["stop"], environment: environment)
        }
        if command.program == "minnes", command.arguments.first == "stop" {
            try world.startDaemon()  // the next example asks the world's daemon again
        }
        #expect(!outcome.stderr.contains("Error:"), "\(shown)")
        switch command.program {
        case "minnes":
            #expect(outcome.status == 0 || outcome.status == 1, "exit 0 or 1, never 2\n\(shown)")
            if DocExamples.mayFindNothing(command.arguments, in: example) == nil {
                #expect(outcome.status == 0, "the sample has what this example asks for\n\(shown)")
            }
        case "curl":
            #expect(outcome.status == 0, "\(shown)")
            let answer = try? JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
            #expect(answer != nil && answer?["error"] == nil, "a JSON answer, not an error\n\(shown)")
        default:
            #expect(outcome.status == 0, "\(shown)")
        }
    }

    /// The extraction itself: each kind of source yields examples, so a change of format that makes the
    /// reader find none fails here rather than leaving the test above with nothing to run.
    @Test func everySourceYieldsExamples() throws {
        let examples = try DocExamples.all()
        let bySource = Dictionary(grouping: examples) { $0.document }
        for document in bySource.keys.sorted() {
            let group = bySource[document]!
            let skipped = group.filter { DocExamples.skipReason($0) != nil }.count
            print("doc examples: \(document): \(group.count) found, \(skipped) not run")
        }
        #expect(bySource["README.md"].map { $0.count >= 5 } == true)
        #expect(bySource["docs/man/minnes.1"].map { $0.count >= 5 } == true)
        #expect(examples.contains { $0.document == "minnes help" })
        #expect(examples.contains { $0.document == "minnes help search" })
    }

    @Test func theSplitterReadsLinesAsAShellWould() throws {
        let split = { (line: String) in try DocExamples.words(line, environment: ["S": "/tmp/s"]) }
        #expect(try split("minnes search familjehem           # ranked") == ["minnes", "search", "familjehem"])
        #expect(try split(#"minnes search '"skyddat boende"' --limit 5"#) == ["minnes", "search", #""skyddat boende""#, "--limit", "5"])
        #expect(try split(#"minnes who "a 'b' c"d"#) == ["minnes", "who", "a 'b' cd"])
        #expect(try split("minnes --generate-completion-script bash   (or zsh, fish)") == ["minnes", "--generate-completion-script", "bash"])
        #expect(try split(#"curl --unix-socket "$S" 'x$S'"#) == ["curl", "--unix-socket", "/tmp/s", "x$S"])
        #expect(try split("minnes search familjehem#1") == ["minnes", "search", "familjehem#1"])
        #expect(throws: DocExamples.Unreadable.self) { try split("minnes search 'familjehem") }
        let example = { (line: String) in DocExample(document: "", place: "", line: line) }
        #expect(DocExamples.skipReason(example("minnes meetings --json   # …with attendees")) == nil)
        #expect(DocExamples.skipReason(example("minnes search $QUERY")) == nil)
        #expect(DocExamples.skipReason(example("minnes search QUERY…")) != nil)
        #expect(DocExamples.skipReason(example("minnesd [--index DIR] [--socket PATH]")) != nil)
        #expect(DocExamples.troffless(#"\& \&minnes who f\(:ors\(:orj \-\-json \(aqx\(aq \fBy\fR"#) == " minnes who försörj --json 'x' y")
    }
}

/// One command line as a document shows it.
struct DocExample: Sendable, CustomTestStringConvertible {
    /// `README.md`, `minnes help search`, `docs/man/minnes.1`…
    let document: String
    /// Where in it: `README.md:23`, or the help command.
    let place: String
    let line: String
    var testDescription: String { "\(place): \(line)" }
}

enum DocExamples {
    /// The commands whose lines are examples. Other lines of the ```sh blocks (`Scripts/start`…) are
    /// not commands of Minnes's and are not read.
    static let programs = ["minnes", "minnesd", "curl", "xapian-delve", "quest"]

    static var repository: URL { World.repository }
    static var sampleCorpus: String { repository.appendingPathComponent("Corpus").path }

    struct Unreadable: Error, CustomStringConvertible { let description: String }

    // MARK: Reading the documents

    static func all() throws -> [DocExample] {
        try readme() + help() + manPages()
    }

    /// The ```sh (bash, shell, console) blocks of README.md.
    static func readme() throws -> [DocExample] {
        let text = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [DocExample] = []
        var inShell = false, inFence = false
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if inFence {
                    (inFence, inShell) = (false, false)
                } else {
                    inFence = true
                    inShell = ["sh", "bash", "shell", "console", "zsh"].contains(String(trimmed.dropFirst(3)))
                }
                continue
            }
            guard inShell else { continue }
            let command = trimmed.hasPrefix("$ ") ? String(trimmed.dropFirst(2)) : trimmed
            if isExample(command) {
                examples.append(DocExample(document: "README.md", place: "README.md:\(number + 1)", line: command))
            }
        }
        return examples
    }

    /// What the built binaries print for help: `minnes help`, `minnes help X` for each subcommand it
    /// lists, `minnesd --help`.
    static func help() throws -> [DocExample] {
        let world = try World()
        let root = try world.run("minnes", ["help"])
        guard root.status == 0 else { throw Unreadable(description: "minnes help: exit \(root.status) \(root.stderr)") }
        var pages = [("minnes help", root.stdout)]
        for subcommand in subcommands(listedIn: root.stdout) {
            let page = try world.run("minnes", ["help", subcommand])
            guard page.status == 0 else {
                throw Unreadable(description: "minnes help \(subcommand): exit \(page.status) \(page.stderr)")
            }
            pages.append(("minnes help \(subcommand)", page.stdout))
        }
        let daemon = try world.run("minnesd", ["--help"])
        pages.append(("minnesd --help", daemon.stdout))
        return pages.flatMap { name, text in
            text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter(isExample)
                .map { DocExample(document: name, place: name, line: $0) }
        }
    }

    /// The names under SUBCOMMANDS: in `minnes help`, but `help` itself.
    static func subcommands(listedIn help: String) -> [String] {
        var names: [String] = []
        var inList = false
        for line in help.components(separatedBy: "\n") {
            if line.hasPrefix("SUBCOMMANDS:") { inList = true; continue }
            guard inList else { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { if !names.isEmpty { break } else { continue } }
            // A subcommand starts its line, indented by two; its abstract may wrap, indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first
            else { continue }
            if name != "help" { names.append(String(name)) }
        }
        return names
    }

    /// Every page in docs/man, from its troff source.
    static func manPages() throws -> [DocExample] {
        let folder = repository.appendingPathComponent("docs/man")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.range(of: #"\.[1-9]$"#, options: .regularExpression) != nil }.sorted()
        return try pages.flatMap { page in
            let text = try String(contentsOf: folder.appendingPathComponent(page), encoding: .utf8)
            return text.components(separatedBy: "\n").enumerated().compactMap { number, source -> DocExample? in
                var line = source
                // Requests are not text, but for the ones that display a line as it is.
                if line.hasPrefix(".") || line.hasPrefix("'") {
                    guard let display = ["Dl ", "D1 "].first(where: { line.dropFirst().hasPrefix($0) }) else { return nil }
                    line = String(line.dropFirst(1 + display.count))
                }
                let text = troffless(line).trimmingCharacters(in: .whitespaces)
                guard isExample(text) else { return nil }
                return DocExample(document: "docs/man/\(page)", place: "docs/man/\(page):\(number + 1)", line: text)
            }
        }
    }

    /// The text a reader of the page sees: `\-` → `-`, `\(aq` and `\'` → `'`, `\&` → nothing…
    static func troffless(_ line: String) -> String {
        let named: [String: String] = [
            "aq": "'", "dq": "\"", "lq": "\"", "rq": "\"", "oq": "'", "cq": "'", "em": "—", "en": "–", "hy": "-",
            "mi": "-", "ti": "~", "ha": "^", "rs": "\\", "ba": "|", "bu": "•",
            ":a": "ä", ":o": "ö", ":u": "ü", "oa": "å", ":A": "Ä", ":O": "Ö", "oA": "Å", "'e": "é",
        ]
        var out = ""
        var characters = Substring(line)
        while let first = characters.first {
            characters = characters.dropFirst()
            guard first == "\\", let next = characters.first else { out.append(first); continue }
            characters = characters.dropFirst()
            switch next {
            case "-": out.append("-")
            case "'", "´": out.append("'")
            case "`": out.append("`")
            case "e", "\\": out.append("\\")
            case "&", "|", "^", ":", "%", ")": break
            case " ", "~", "0": out.append(" ")
            case "(":
                let name = String(characters.prefix(2))
                characters = characters.dropFirst(2)
                out.append(named[name] ?? "")
            case "[":
                let name = characters.prefix { $0 != "]" }
                characters = characters.dropFirst(name.count + 1)
                out.append(named[String(name)] ?? "")
            case "f":  // font: \fB, \fR, \f(CW, \f[B]
                if characters.first == "(" { characters = characters.dropFirst(3) }
                else if characters.first == "[" { characters = characters.drop { $0 != "]" }.dropFirst() }
                else { characters = characters.dropFirst() }
            case "\"": characters = characters.prefix(0)  // a comment to the end of the line
            default: out.append(next)
            }
        }
        return out
    }

    static func isExample(_ line: String) -> Bool {
        programs.contains { line.hasPrefix($0 + " ") || line == $0 }
    }

    // MARK: Reading a line as a shell would

    /// Splits a line as sh does: '…' literal, "…" with `\` and `$NAME` inside, `\` outside, `$NAME` and
    /// `${NAME}` from the environment. A word that starts with `#` starts a comment; one that starts with
    /// `(` starts a remark in the help's style (`bash   (or zsh, fish)`), where sh would stop anyway.
    /// With `environment` nil, `$NAME` is kept as written.
    static func words(_ line: String, environment: [String: String]?) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = Substring(line)
        func variable() throws -> String {
            let braced = characters.first == "{"
            if braced { characters = characters.dropFirst() }
            let name = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            characters = characters.dropFirst(name.count)
            if braced {
                guard characters.first == "}" else { throw Unreadable(description: "unclosed ${ in \(line)") }
                characters = characters.dropFirst()
            }
            guard !name.isEmpty else { return "$" }
            guard let environment else { return braced ? "${\(name)}" : "$\(name)" }
            guard let value = environment[String(name)] else { throw Unreadable(description: "$\(name) is not set, in \(line)") }
            return value
        }
        while let character = characters.first {
            characters = characters.dropFirst()
            switch character {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "#" where !inWord, "(" where !inWord:
                characters = characters.prefix(0)
            case "|", ";", "&", "<", ">", "`", ")":
                throw Unreadable(description: "\(character) asks the shell for more than a command, in \(line)")
            case "'":
                inWord = true
                guard let end = characters.firstIndex(of: "'") else { throw Unreadable(description: "unclosed ' in \(line)") }
                word += characters[..<end]
                characters = characters[end...].dropFirst()
            case "\"":
                inWord = true
                var closed = false
                while let inner = characters.first {
                    characters = characters.dropFirst()
                    if inner == "\"" { closed = true; break }
                    if inner == "\\", let escaped = characters.first, "\"\\$`".contains(escaped) {
                        word.append(escaped)
                        characters = characters.dropFirst()
                    } else if inner == "$" {
                        word += try variable()
                    } else {
                        word.append(inner)
                    }
                }
                guard closed else { throw Unreadable(description: "unclosed \" in \(line)") }
            case "\\":
                inWord = true
                if let escaped = characters.first { word.append(escaped); characters = characters.dropFirst() }
            case "$":
                inWord = true
                word += try variable()
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    // MARK: Running an example

    /// Why a line is not run here; nil when it is.
    static func skipReason(_ example: DocExample) -> String? {
        // The command as the shell reads it, its comment dropped; a line it cannot read is run, to fail.
        guard let words = try? words(example.line, environment: nil) else { return nil }
        if words.first == "minnesd" {
            return "minnesd serves until it is stopped; each example's world starts and stops its own"
        }
        if words.contains(where: { $0.contains("…") || $0.contains("...") }) {
            return "an elision (…), a form rather than a command"
        }
        if words.contains(where: { $0.hasPrefix("[") && $0.hasSuffix("]") }) {
            return "a synopsis with [optional] parts, not a command"
        }
        return nil
    }

    /// The world's environment, with the bundled sample as the corpus.
    static func environment(of world: World) -> [String: String] {
        var environment = world.environment
        environment["MINNES_CORPUS"] = sampleCorpus
        return environment
    }

    struct Meeting { let id: String; let items: Int }

    /// The meetings of the world's index, the one with most items first.
    static func meetings(in world: World, environment: [String: String]) throws -> [Meeting] {
        let listed = try world.run("minnes", ["meetings", "--json"], environment: environment)
        let array = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        return array.compactMap { meeting in
            (meeting["id"] as? String).map { Meeting(id: $0, items: (meeting["items"] as? [Any])?.count ?? 0) }
        }.sorted { $0.items > $1.items }
    }

    struct Command {
        let program: String
        let executable: String
        let arguments: [String]
    }

    /// The example's words with its placeholders made real in the world:
    /// - `ID`, or a meeting id the sample does not have (`m97e6ca29077d`, `m97e6ca29077d.7`) → a meeting of the
    ///   sample (its item kept when that meeting has so many);
    /// - `FILE` (after `--synonyms`) → a synonyms file of the world's;
    /// - `DIR`, `PATH`, `SOCKET` → the sample after `--corpus`, the world's index after `--index`, else the
    ///   world's socket; `Index`, `./Index` → the world's index; `Corpus`, `./Corpus` → the sample;
    /// - `QUERY` → familjehem.
    static func command(for example: DocExample, in world: World, meetings: [Meeting]) throws -> Command {
        var words = try words(example.line, environment: environment(of: world))
        let program = words.removeFirst()
        let meeting = meetings[0]
        let known = Set(meetings.map(\.id))
        var arguments: [String] = []
        for (position, word) in words.enumerated() {
            let before = position > 0 ? words[position - 1] : ""
            switch word {
            case "ID":
                arguments.append(meeting.id)
            case "FILE":
                let file = world.root.appendingPathComponent("synonyms.txt")
                try Data("Helsingborg = Hbg = Hgb\nförsörjningsstöd = ekonomiskt bistånd\n".utf8).write(to: file)
                arguments.append(file.path)
            case "DIR", "PATH", "SOCKET":
                arguments.append(before == "--corpus" ? sampleCorpus : before == "--index" ? world.index : world.socket)
            case "Index", "./Index":
                arguments.append(world.index)
            case "Corpus", "./Corpus":
                arguments.append(sampleCorpus)
            case "QUERY":
                arguments.append("familjehem")
            default:
                if let match = word.wholeMatch(of: /m[0-9a-f]{12}(\.([0-9]+))?/), !known.contains(String(word.prefix(13))) {
                    let item = match.output.2.flatMap { Int($0) }.map { min($0, max(meeting.items, 1)) }
                    arguments.append(meeting.id + (item.map { ".\($0)" } ?? ""))
                } else {
                    arguments.append(word)
                }
            }
        }
        let executable: String
        if program == "minnes" || program == "minnesd" {
            executable = program
        } else if let found = onPath(program) {
            executable = found
        } else {
            try Test.cancel("not run: \(program) is not installed")
        }
        return Command(program: program, executable: executable, arguments: arguments)
    }

    static func onPath(_ program: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Why an example may rightly find nothing in the five sample meetings (exit 1); nil when it must
    /// find something (exit 0): listings and help, and a search, who or timeline of words alone.
    /// A query with a filter (`kommun:Engelholm date:2020-01..2020-06`) narrows to what the sample
    /// may not hold.
    static func mayFindNothing(_ arguments: [String], in example: DocExample) -> String? {
        // swift-argument-parser's manual generator drops every letter outside ASCII (å, ä, ö): a
        // man page's Swedish example may then find nothing.
        if example.document.hasPrefix("docs/man/") { return "the manual generator drops å, ä and ö" }
        guard let subcommand = arguments.first, ["search", "who", "timeline"].contains(subcommand) else { return nil }
        let query = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if query.contains(where: { $0.range(of: #"(^|\s)[\p{L}]+:"#, options: .regularExpression) != nil }) {
            return "a filter narrows the query to what five meetings may not hold"
        }
        return nil
    }
}
