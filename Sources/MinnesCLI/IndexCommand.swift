import ArgumentParser
import Foundation
import MinnesAPI
import MinnesIndex
import MinnesNormalise

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Read every file of minutes under the corpus (text, Markdown, Word, OpenDocument, PDF, .doc, RTF) into the index.",
        discussion: """
            New and changed files are indexed, unchanged ones skipped, removed ones deleted; a file that \
            cannot be read is skipped with a warning. The whole run is committed at once.
            """
    )

    @Option(help: "Folder of minutes (default: $MINNES_CORPUS, else ./Corpus).")
    var corpus: String?

    @Option(help: "Index folder (default: $MINNES_INDEX, else ./Index).")
    var index: String?

    @Option(help: "Your own synonym groups, added to those Minnes ships (default: $MINNES_SYNONYMS, else ~/.config/minnes/synonyms.txt when there is one).")
    var synonyms: String?

    @Option(help: ArgumentHelp(
        "The hunspell dictionary whose lemmas and compounds are indexed, as a path without .aff/.dic; none indexes Snowball stems only.",
        valueName: "path|none"))
    var dictionary = Lexicon.defaultPath

    @Option(help: "Skip text files (plain, HTML, a transcript) larger than this many bytes, with a warning.")
    var maxFileSize = Indexer.defaultMaxFileSize

    @Option(help: "Skip documents (PDF, a scan, Word, OpenDocument, an e-mail with what it carries) larger than this many bytes, with a warning.")
    var maxDocumentSize = Indexer.defaultMaxDocumentSize

    @Option(help: "Write a new index as this many shards (folders inside the index, one writer each, listed in a stub file Xapian opens as one database).")
    var shards: Int?

    @Option(help: "Name the archive: ids carry it when several archives are searched as one (default: the index folder's name).")
    var archive: String?

    @Flag(help: "After indexing, merge the shards (or compact the index) into one compact database, as xapian-compact does.")
    var compact = false

    @Flag(help: "Print the summary as JSON on stdout (warnings stay on stderr).")
    var json = false

    func run() throws {
        let locations = try Locations.resolve(index: index, corpus: corpus, socket: "unused")
        guard locations.indexes.count == 1, locations.indexes[0].name == nil, case .local(let indexPath) = locations.indexes[0].location else {
            throw CLIError.usage("minnes index writes one local index folder, not \(locations.index)")
        }
        if let shards, !(1...64).contains(shards) { throw CLIError.usage("--shards must be from 1 to 64, not \(shards)") }
        if let archive, !IndexAddress.isName(archive) { throw CLIError.usage(IndexAddressError.badName(archive).description) }
        var indexer = Indexer(
            corpus: Corpus(root: URL(fileURLWithPath: locations.corpus)), indexPath: indexPath,
            synonymsFiles: try synonymsFiles(), dictionary: dictionary == "none" ? nil : dictionary,
            maxFileSize: maxFileSize, maxDocumentSize: maxDocumentSize)
        (indexer.shards, indexer.archive, indexer.compact) = (shards, archive, compact)
        let progress = Progress()
        let summary = try indexer.run { event in
            switch event {
            case .warning(let file, let message):
                progress.clear()
                printError("warning: \(Corpus.printable(file)): \(message)")
            case .progress(let done, let total):
                progress.show(done: done, total: total)
            }
        }
        progress.clear()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            printJSON(try encoder.encode(summary))
        } else {
            printError("indexed \(locations.corpus) into \(locations.index): \(summary)")
        }
    }

    /// The synonyms Minnes ships, and the user's own: the flag's or the variable's file, which must
    /// exist, else `~/.config/minnes/synonyms.txt` if there is one.
    func synonymsFiles() throws -> [URL] {
        let environment = ProcessInfo.processInfo.environment
        var files = Indexer.shippedSynonyms
        if files.isEmpty { printError("warning: the synonyms Minnes ships are not beside the binary; indexing without them") }
        if let chosen = synonyms ?? environment["MINNES_SYNONYMS"], !chosen.isEmpty {
            guard FileManager.default.fileExists(atPath: chosen) else { throw CLIError.usage("no synonyms file at \(chosen)") }
            files.append(URL(fileURLWithPath: chosen))
        } else {
            let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config").path
            let own = URL(fileURLWithPath: config).appendingPathComponent("minnes/synonyms.txt")
            if FileManager.default.fileExists(atPath: own.path) { files.append(own) }
        }
        return files
    }
}

/// A `done/total` line on stderr, shown only at a terminal and only once a run takes more than a moment.
final class Progress {
    private let started = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false
    /// When the count was last written: a run over thousands of files unchanged says each, and a
    /// terminal written to for each was slower than the run itself.
    private var written = Date.distantPast

    func show(done: Int, total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(written) >= 0.1 || done == total else { return }
        FileHandle.standardError.write(Data("\rindexing \(done)/\(total) files…".utf8))
        (shown, written) = (true, now)
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
