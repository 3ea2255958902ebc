import CGlibc
import Foundation
import MinnesAPI
import MinnesData
import MinnesExtract
import MinnesNormalise
import MinnesParse
import Xapian

/// Brings an index in line with a corpus. Only files changed by stat are read again (`ReadingCache`);
/// the register is built over every file's meetings (a name in one file can resolve through
/// another), and a meeting is resolved again only when what it asks of the register is answered
/// otherwise (`Resolution`). Only files whose reading changed are rewritten, removed files deleted,
/// and the index is then what a new index of the same minutes would be. One run is one Xapian
/// transaction per shard: a reader never sees half of it.
public struct Indexer: Sendable {
    public enum Event: Sendable, Equatable {
        /// A file was read with a caveat (Windows-1252, a corrected date, a bad override) or skipped
        /// (empty, binary, unreadable).
        case warning(file: String, message: String)
        /// `done` of `total` files read.
        case progress(done: Int, total: Int)
    }

    public struct Summary: Sendable, Equatable, Codable, CustomStringConvertible {
        public var added = 0, updated = 0, removed = 0, unchanged = 0, skipped = 0
        /// Files of types Minnes does not read, by extension: counted, not warned one by one.
        public var notMinutes: [String: Int] = [:]
        public var seconds = 0.0

        public var description: String {
            let others = notMinutes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.value) \($0.key)" }
            return "added \(added), updated \(updated), removed \(removed), unchanged \(unchanged), skipped \(skipped)"
                + (others.isEmpty ? "" : " (and passed by \(others.joined(separator: ", ")) — not minutes formats)")
                + " in \(String(format: "%.2f", seconds)) s"
        }
    }

    public let corpus: Corpus
    public let indexPath: String
    /// Synonym files, all read: the shipped one (Data/synonyms.txt) and the user's own.
    public let synonymsFiles: [URL]
    /// Swedish word lists for splitting compounds (hunspell-sv's dictionary, a plain word list).
    public let wordLists: [URL]

    /// The Swedish dictionary (hunspell, path without `.aff`/`.dic`) whose lemmas and compounds are
    /// indexed; nil indexes without them (Snowball stems only).
    public let dictionary: String?

    /// Which terms a document's text gives; a new version re-indexes every file.
    static let analyzerVersion = "layers 20: a word's compound parts its own, whichever word was analysed first, and none of a number; layers 19: stored data keyed by letters (StoredJSON); layers 18: no undotted layer (XU), its words found in the vocabulary; layers 17: no year term (its quarters), no XTitem (not a meeting), network terms a code, meeting terms in base64; layers 16: a decision apart when the text does not hold it, spaces aside; layers 15: no field stems (ZS, ZXD); layers 14: no dotted layer (XA): found by their Z stems; layers 13: stored JSON without null or empty keys; layers 12: fields without positions, a decision written apart in the text too; layers 11: no lemma term of a word that is its own lemma; layers 10: no file term (F): a file's documents are its meeting's XM; layers 9: XM, a meeting's term of its file, date and title, on its documents, which person: joins through; layers 8: items hold no id term; layers 7: items hold no person terms (person: joins them through their meeting's file term); layers 6: lemmas, dotted (XA), undotted; positions in XF only; patronymics unsplit; Z of dotted words only; Q the Minnes id, F by it; items store no meeting header, the meeting its header in slot 2"

    /// The dictionary's analyses of the corpus's words, kept between runs (see `Lexicon.save`).
    static let lexiconFile = "minnes-lexicon"

    /// The word lists' compact form, kept in the index folder (see `WordList`).
    static let wordListFile = "minnes-wordlist"

    public static let defaultWordLists = ["/usr/share/hunspell/sv_SE.dic", "/usr/share/dict/swedish"]
        .map { URL(fileURLWithPath: $0) }

    /// The synonyms Minnes ships, found beside the binary wherever it runs.
    public static var shippedSynonyms: [URL] { BundledData.synonyms.map { [$0] } ?? [] }

    /// Text files (plain, HTML, a transcript) larger than this are skipped with a warning: minutes are
    /// a few pages, and one huge log must not hold the whole run.
    public var maxFileSize: Int
    /// Documents whose bytes are mostly not their text (PDF, a scan, Word, OpenDocument, an e-mail and
    /// what it carries) are skipped only over this: a scanned page is a megabyte, and a tool reads them
    /// a page at a time, held to its time (Recoll's way: its size limit is for text files).
    public var maxDocumentSize: Int

    public static let defaultMaxFileSize = 5_000_000
    public static let defaultMaxDocumentSize = 100_000_000

    public init(
        corpus: Corpus, indexPath: String, synonymsFiles: [URL] = shippedSynonyms, wordLists: [URL] = defaultWordLists,
        dictionary: String? = Lexicon.defaultPath, maxFileSize: Int = defaultMaxFileSize, maxDocumentSize: Int = defaultMaxDocumentSize
    ) {
        (self.corpus, self.indexPath, self.synonymsFiles, self.wordLists) = (corpus, indexPath, synonymsFiles, wordLists)
        (self.dictionary, self.maxFileSize, self.maxDocumentSize) = (dictionary, maxFileSize, maxDocumentSize)
    }

    /// Shards to write a new index as (`minnes index --shards N`); nil keeps what the index has.
    public var shards: Int?
    /// The archive's name, which ids carry when several archives are searched as one; nil keeps the
    /// name the index has, if any.
    public var archive: String?
    /// Merge the shards (or compact the one database) after writing (`xapian-compact`'s way).
    public var compact = false

    public func run(report reportEvent: (Event) -> Void = { _ in }) throws -> Summary {
        let started = Date()
        // What files gave warnings is kept with the state, to be said again when nothing changed.
        var said: [IndexState.Warning] = []
        func report(_ event: Event) {
            if case .warning(let file, let message) = event, !file.hasPrefix(indexPath) { said.append(.init(file: file, message: message)) }
            reportEvent(event)
        }
        let listing = try corpus.files()
        try FileManager.default.createDirectory(
            atPath: indexPath, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let existing = FileManager.default.fileExists(atPath: indexPath + "/iamglass")
            || FileManager.default.fileExists(atPath: indexPath + "/" + ShardLayout.stubFile)
        // A new index (or one compacted) keeps its memory low; an update keeps what it frees for what
        // it allocates next (unless it reads or writes much: `readCorpus`, `write`).
        let handBack = !existing || compact
        Self.arrangeMemory(handBack: handBack)
        if OwnerOnly.tighten(indexPath) && existing {
            report(.warning(file: indexPath, message: "the index was open to other users; made owner-only (0700/0600)"))
        }
        let layout = try ShardLayout.prepare(indexPath, shards: shards)
        // Nothing changed since the last run, by stat: answered without reading anything.
        let stats: [ReadingCache.Stat?] = listing.stats
        let inputs = compact ? nil : IndexState.inputs(of: self, listing: listing, stats: stats, layout: layout)
        if let inputs, let state = IndexState.load(indexPath), state.fingerprint == IndexState.fingerprint(inputs, index: indexPath) {
            // Another writer at work is said as on any run (its lock taken and let go at once).
            for shard in layout.shards { _ = try Self.writer(shard, indexPath) }
            for warning in state.warnings { reportEvent(.warning(file: warning.file, message: warning.message)) }
            reportEvent(.progress(done: listing.files.count, total: listing.files.count))
            var summary = state.summary
            summary.seconds = Date().timeIntervalSince(started)
            return summary
        }
        // Something changed: a file is most likely to be read, so the reader's patterns are compiled
        // meanwhile, beside what is loaded before it (made ready before the run ends either way).
        let readerReady = Later { MinutesReader.prepare() }
        defer { readerReady.value }
        // The writers are taken first, so a second run says so before reading anything, and stay
        // open (their locks held) until any compaction is done: no other run writes into what is
        // being compacted, nor keeps readings meanwhile.
        let databases = try layout.shards.map { try Self.writer($0, indexPath) }
        let lexicon = try dictionary.map { path throws(LexiconError) in try Lexicon.shared(at: path) }
        let lexiconCache = URL(fileURLWithPath: indexPath).appendingPathComponent(Self.lexiconFile)
        let readings = try readCorpus(
            listing, stats: stats, lexicon: lexicon.map { ($0, lexiconCache) }, handBack: handBack, report: report)
        var summary = Summary()
        summary.skipped = readings.skipped
        summary.notMinutes = readings.notMinutes
        // The writers of the shards written anew, each holding the lock of the database it wrote,
        // which took the old one's place.
        let holding = Outcomes<WritableDatabase>(count: databases.count)
        let resolution = try write(
            readings, into: databases, layout: layout, lexicon: lexicon, holding: holding, summary: &summary, report: report)
        // How names were resolved, kept for the next run now that what it wrote is committed: made
        // ready beside the writing, written on a thread of its own while the rest is saved.
        // (Taken, so what it writes is let go there.)
        let resolutionSaved = Later { (try? resolution.take().write()) != nil }
        // A new index, or one mostly written again (a new analysis), is compacted below: compacting
        // pays, and costs a copy of what was just written.
        let rewritten = summary.added + summary.updated
        let compacting = compact || rewritten > 0 && rewritten >= summary.unchanged
        if readings.handBack || compacting { Self.releaseFreeMemory() }  // before compacting, which takes its own
        // A reading read again is kept in place of the damaged one below: said now, not again when
        // nothing changes.
        for (event, repaired) in readings.said.all { if repaired { reportEvent(event) } else { report(event) } }
        // The kept readings that did not decode are replaced (the cache was saved before they were
        // decoded), so the next run takes them from there again.
        if !readings.said.readings.isEmpty {
            let url = URL(fileURLWithPath: indexPath).appendingPathComponent(ReadingCache.file)
            do {
                try ReadingCache.append(readings.said.readings, to: url)
            } catch {
                report(.warning(file: indexPath, message: "\(ReadingCache.file) cannot be written; the files read again will be read again next time"))
            }
        }
        // What was read is let go on a thread of its own while the run is saved: freed here, every
        // meeting's record and the register took a twentieth of an update of one file.
        Self.letGo(consume readings)
        do {
            try lexicon?.save(to: lexiconCache)
        } catch {
            report(.warning(file: lexiconCache.path, message: "\(error); words will be analysed again next time"))
        }
        if !resolutionSaved.value {
            report(.warning(file: indexPath, message: "\(Resolution.file) cannot be written; every meeting's names will be resolved again next time"))
        }
        if compact {
            try layout.compact()
        } else if compacting {
            // (What was written is whole either way.)
            do {
                try layout.compactEach()
            } catch {
                report(.warning(file: indexPath, message: "not compacted (\(error)); the index is whole, only larger"))
            }
        }
        withExtendedLifetime((databases, holding)) {}
        if let inputs, let fingerprint = IndexState.fingerprint(inputs, index: indexPath) {
            var unchanged = Summary()
            (unchanged.unchanged, unchanged.skipped, unchanged.notMinutes) =
                (summary.added + summary.updated + summary.unchanged, summary.skipped, summary.notMinutes)
            try? IndexState(fingerprint: fingerprint, summary: unchanged, warnings: said).save(indexPath)
        }
        // Whatever the umask, what Xapian just wrote is the owner's only.
        _ = OwnerOnly.tighten(indexPath)
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The one writer of a shard; another process holding it is said as such.
    static func writer(_ shard: String, _ indexPath: String) throws -> WritableDatabase {
        _ = flushThreshold
        do {
            return try WritableDatabase(path: shard)
        } catch let error as XapianError where error.kind == .databaseLocked {
            throw IndexError.locked(indexPath)
        }
    }

    /// Xapian holds what it gathers for this many documents before writing it to its tables, within
    /// a transaction too (`XAPIAN_FLUSH_THRESHOLD`, its one setting for it; 10,000 by default). A
    /// Minnes document is an agenda item, a tenth of a file: 10,000 of them held about 65 MB more
    /// while a new index of 10,000 files was written (peak 359 MB against 293 MB), and 1,000 about
    /// 7 MB more than 250 for 1,000 files (90 MB against 83 MB), each in the same time once a
    /// database written whole no longer waits for the disk at each of Xapian's commits.
    /// Set once for the process, before any writer opens; a value the user set stands.
    private static let flushThreshold: Void = { setenv("XAPIAN_FLUSH_THRESHOLD", "250", 0) }()

    /// What one shard is to do: the files to write and remove, and its new manifest.
    private struct ShardWork {
        var manifest = Manifest()
        /// The meetings to write, by number: each resolved whole as it is written.
        var write: [Int] = []
        var remove: [String] = []

        /// Every file the shard is to hold is written (and it holds any): it is written anew.
        var whole: Bool { !write.isEmpty && write.count == manifest.count }
    }


    /// Writes what changed: a file whose reading, resolved names or analysis changed, into the shard
    /// its path hashes to; each shard in its own transaction, by its own writer, shards in parallel.
    /// What the kept resolution is then to take, made ready meanwhile.
    private func write(
        _ readings: CorpusRead,
        into databases: [WritableDatabase], layout: ShardLayout, lexicon: Lexicon?, holding: Outcomes<WritableDatabase>, summary: inout Summary,
        report: (Event) -> Void
    ) throws -> Later<Resolution.Save> {
        // The register as the index keeps it, made beside what follows up to the metadata (which
        // reads the index; this does not).
        // (Every meeting's file: the register keeps them by number.)
        let keptRegister = Later { [people = readings.corpus.people.entries, meetings = readings.corpus.people.numbered, files = readings.readings.map(\.file)] in
            Result {
                try [(Schema.peopleKey, KeptRegister.encoded(people, files: files, meetings: meetings)), (Schema.peopleNamesKey, KeptRegister.encoded(PeopleRegister.names(people)))]
                    .map { ($0.0, try Schema.kept($0.0, $0.1)) }
            }
        }
        // Each shard's manifest, read here (a handle serves one thread at a time) and inflated and
        // taken apart beside the synonyms grouped.
        let keptManifests = databases.map { database in Result { try database.metadataBytes(Schema.manifestKey) } }
        let manifests = Later { keptManifests.map { read in read.flatMap { bytes in Result { try Manifest(kept: Database.inflated(bytes)) } } } }
        let fileGroups = loadSynonyms(report: report)
        let groups = fileGroups + Synonyms.groups(for: readings.corpus.people)
        let dictionaryIdentity = lexicon?.identity ?? "none"
        let indexedDictionary = try databases[0].metadata(Schema.dictionaryKey)
        if !indexedDictionary.isEmpty, indexedDictionary != dictionaryIdentity {
            report(.warning(file: indexPath, message: "the Swedish dictionary changed (was \(indexedDictionary), now \(dictionaryIdentity)); every file is indexed again"))
        }
        // What the analysis of every file depends on: a change re-indexes every file.
        let analysis = fileGroups.map { "\($0.key)=\($0.phrases.joined(separator: "|"))" }.sorted().joined(separator: "\n")
            + Self.analyzerVersion + ReadingCache.readerVersion + dictionaryIdentity
        // A person's spellings changed: the files whose text holds one, before or now, get new terms.
        let synonymTable = groups.flatMap { group in group.phrases.map { Schema.term(Schema.groupPrefix, group.key) + "\t" + $0 } }
            .sorted().joined(separator: "\n")
        let splitter = try compoundSplitter(for: readings.words)
        // What an unchanged file's text may hold that gives it other terms now: a person's changed
        // spellings, and a word split otherwise since a word it splits into appeared or vanished.
        // Kept synonyms that do not read are as none: every group is then new, its files written again.
        let keptSynonyms: String?
        do {
            keptSynonyms = try databases[0].keptText(Schema.synonymsKey)
        } catch {
            report(.warning(file: indexPath, message: "its kept synonyms do not read; the minutes that hold any are indexed again"))
            keptSynonyms = nil
        }
        // The pairs that differ from the kept table, found once for the phrases looked for and the
        // synonyms written (nil: not known). No table kept yet: every file is new anyway.
        let respelt = keptSynonyms.map { SynonymTableChange(from: $0, to: synonymTable) }
        let rewriting = GroupMatcher(
            (keptSynonyms?.isEmpty == false ? respelt?.groups ?? [] : [])
                + Self.resplit(readings.words, differing: readings.newWords ?? [], splitter: splitter, lexicon: lexicon)
                .map { SynonymGroup(key: "split \($0)", written: [$0]) })

        var work = Array(repeating: ShardWork(), count: databases.count)
        // A manifest that does not read is no guide to what the shard holds: the shard is written
        // whole, into a new database (as a new one is), which drops whatever it held.
        let indexed = manifests.take().enumerated().map { shard, manifest in
            do {
                return try manifest.get()
            } catch {
                let name = databases.count == 1 ? indexPath : "\(indexPath) (shard \(shard + 1))"
                report(.warning(file: name, message: "its list of indexed files does not read; every file is indexed again"))
                return Manifest()
            }
        }
        // A meeting resolved as before is kept as it was (its record holds the hash), unless it was
        // not kept or the analysis changed since: then it is resolved now, as one to write is.
        var all = readings.readings, resolution = readings.corpus.resolution
        let basis = sha256Hex(utf8: analysis), keptStands = resolution.basis == basis
        // A meeting resolved whole, with its override (a bad one was said when read, and is ignored
        // here as there).
        let whole = { @Sendable [all, corpus = readings.corpus] (number: Int) -> Meeting in
            let meeting = corpus.resolved(number)
            return (try? Self.overridden(meeting, by: all[number].override)) ?? meeting
        }
        func resolveNow(_ numbers: [Int]) {
            let numbers = readings.corpus.read.inDecodingOrder(numbers)
            let resolved = Outcomes<Decided>(count: numbers.count)
            DispatchQueue.concurrentPerform(iterations: numbers.count) { index in
                resolved.set(index, Decided(whole(numbers[index])))
            }
            for (index, number) in numbers.enumerated() { all[number].decided = resolved.items[index]! }
        }
        let keptAs = readings.corpus.keptAs
        resolveNow(all.indices.filter { all[$0].asBefore && (!keptStands || keptAs[$0] == nil) })
        // The reading, not just the bytes: a file is rewritten when what Minnes understands of it
        // changes (an override was edited, Minnes improved) or a name in it resolves otherwise.
        // Hashed on every core: the register is only read here. Those not resolved now keep their
        // hash (resolved as before with no hash kept, one was resolved now above; else "" only writes
        // it again), taken as it is: a task for each, on every update, was most of the writing's time.
        var hashes = keptAs.map { $0 ?? "" }
        do {
            let (all, people) = (all, readings.corpus.people)
            let decided = all.indices.filter { all[$0].decided != nil }
            let made = decided.mappedOnEveryCore { number in
                let reading = all[number], decided = all[number].decided!
                let names = decided.names.map { people.entry(named: $0)?.name ?? $0 }.joined(separator: "|")
                return sha256Hex(utf8: reading.contentHash + analysis + names + "\n" + decided.digest)
            }
            for (number, hash) in zip(decided, made) { hashes[number] = hash }
        }
        // Each shard's files with their hashes, and what its manifest held of each: written as before
        // (the same hash), or not held at all (added).
        var listed = Array(repeating: [(file: String, hash: String, number: Int)](), count: databases.count)
        for (number, reading) in all.enumerated() {
            let hash = hashes[number]
            listed[layout.shard(of: reading.file)].append((reading.file, hash, number))
            // (One resolved as before holds its hash already.)
            if reading.decided != nil { resolution[record: reading.file]?.kept = hash }
        }
        var same: [Int] = [], added = Set<Int>()
        for shard in databases.indices {
            let listing = Manifest.sorted(listed[shard])
            work[shard].manifest = Manifest(sorted: listing)
            let (before, gone) = indexed[shard].compared(with: listing.map(\.file))
            for (place, entry) in listing.enumerated() {
                if before[place] == entry.hash { same.append(entry.number) } else if before[place] == nil { added.insert(entry.number) }
            }
            // Whatever was indexed before and is not now is gone from the corpus or unreadable.
            work[shard].remove = gone
            summary.removed += gone.count
        }
        same.sort()
        resolution.basis = basis
        // The resolution is as it will be kept: what its file is to take is made beside the writing
        // (all of it, for a new index), and the resolution let go there.
        let saving = Later { [resolution, indexPath] in resolution.prepared(URL(fileURLWithPath: indexPath).appendingPathComponent(Resolution.file)) }
        // Such a file is written again too. The index says which meetings' words could hold one; only
        // their texts are looked through, on every core.
        let mentions = Outcomes<Bool>(count: all.count)
        if !rewriting.isEmpty {
            let possible = try databases.reduce(into: Set<String>()) { $0.formUnion(try rewriting.meetingsPossiblyMentioning(in: $1)) }
            let looked = readings.corpus.read.inDecodingOrder(same.filter { possible.contains(Schema.meetingID(file: all[$0].file)) })
            let (all, texts) = (all, readings.texts)
            DispatchQueue.concurrentPerform(iterations: looked.count) { index in
                let number = looked[index]
                // Its texts, as read (a bad override was said when read).
                let read = texts(number)
                mentions.set(number, rewriting.mentioned(in: (try? Self.overridden(read, by: all[number].override)) ?? read))
            }
        }
        // (What is written is resolved whole as it is written, `whole`: one resolved as before too.)
        let unchanged = Set(same.filter { mentions.items[$0] != true })
        for (number, reading) in all.enumerated() {
            guard !unchanged.contains(number) else {
                summary.unchanged += 1
                continue
            }
            work[layout.shard(of: reading.file)].write.append(number)
            if added.contains(number) { summary.added += 1 } else { summary.updated += 1 }
        }
        // Each shard's metadata where it differs from what it holds, set first in its transaction and
        // let go there: the register alone is 10 MB at 10,000 files, not to be held while the
        // documents are written.
        let pending = databases.map { _ in PendingMetadata() }
        do {
            let archive = try archive ?? databases[0].metadata(Schema.archiveKey)
            // The same for every shard (a shard's manifest its own), each made once.
            let shared = try [
                (Schema.dictionaryKey, Data(dictionaryIdentity.utf8)), (Schema.synonymsKey, Data(synonymTable.utf8)),
                (Schema.archiveKey, Data(archive.utf8)),
            ].filter { !($0.0 == Schema.archiveKey && $0.1.isEmpty) }.map { ($0.0, try Schema.kept($0.0, $0.1)) }
                + keptRegister.take().get()
            for (shard, database) in databases.enumerated() {
                // What is already so is not written again: a run that changes nothing commits nothing.
                // A shard written whole is written into a new database, which holds nothing yet.
                let values = try [(Schema.manifestKey, Schema.kept(Schema.manifestKey, work[shard].manifest.kept))] + shared
                pending[shard].values = try values.filter { key, bytes in try work[shard].whole || database.metadataBytes(key) != bytes }
                pending[shard].respell = pending[shard].values.contains { $0.0 == Schema.synonymsKey }
                if pending[shard].respell, !work[shard].whole {
                    let kept = shard == 0 ? keptSynonyms : try? database.keptText(Schema.synonymsKey)
                    pending[shard].change = kept == keptSynonyms ? respelt : kept.map { SynonymTableChange(from: $0, to: synonymTable) }
                }
            }
        }

        let failures = Failures(count: databases.count)
        let shardWork = work
        // A shard written whole (a new analysis: every file written again, none read) keeps its
        // memory low, as a new index does.
        if !readings.handBack, work.contains(where: \.whole) { Self.arrangeMemory(handBack: true) }
        // What a shard is to hold, written into database.
        let fill = { (database: WritableDatabase, work: ShardWork, pending: PendingMetadata) throws in
            for (key, bytes) in pending.values { try database.setMetadata(key, bytes: bytes) }
            pending.values = []
            if readings.handBack || work.whole { Self.releaseFreeMemory() }
            // Xapian's synonym table: each way to write a group's expression also finds its term.
            if pending.respell {
                // Only the pairs that differ from those it holds (as its kept table says; not known,
                // the table is cleared and written whole): every group's cleared and added again was a
                // fiftieth of an update of one file.
                let change = pending.change ?? SynonymTableChange(from: "", to: synonymTable)
                if pending.change == nil { try database.clearAllSynonyms() }
                for (term, phrase) in change.gone { try database.removeSynonym(term, for: phrase) }
                for (term, phrase) in change.added { try database.addSynonym(term, for: phrase) }
            }
            if !work.write.isEmpty {
                let matcher = GroupMatcher(groups)
                let builders = try (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ in
                    DocumentBuilder(
                        analyzer: try Analyzer(lexicon: lexicon, splitter: splitter, groups: matcher), people: readings.corpus.people)
                }
                let numbers = readings.corpus.read.inDecodingOrder(work.write)
                try Self.write(numbers.count, { whole(numbers[$0]) }, madeBy: builders, into: database)
            }
            for file in work.remove {
                for docid in try database.documents(ofFile: file).all {
                    try database.removeSpellings(of: docid)
                    try database.deleteDocument(docid)
                }
            }
        }
        let writeShard = { (shard: Int) in
            let database = databases[shard], work = shardWork[shard], pending = pending[shard]
            do {
                guard !work.write.isEmpty || !work.remove.isEmpty || !pending.values.isEmpty else { return }
                guard work.whole else { return try database.transaction { try fill(database, work, pending) } }
                // Written whole (a new index, a new analysis): into a new database beside it, which
                // then takes its place, so a reader still sees all of the old one or all of the new.
                // Not in one transaction: within one Xapian holds every document's values and every
                // new word's spelling data until it commits (10,000 files: about 40 MB), and on its
                // own it commits every `XAPIAN_FLUSH_THRESHOLD` documents.
                // Xapian's commits on the way are not waited for: the database is synced once, whole,
                // before it takes the old one's place (each commit's sync cost more than its writing).
                let path = try ShardLayout.building(layout.shards[shard])
                let built = try WritableDatabase(path: path, sync: false)
                try fill(built, ShardWork(manifest: work.manifest, write: work.write), pending)
                try built.commit()
                try ShardLayout.sync(path)
                try ShardLayout.replace(layout.shards[shard], with: path)
                // Its lock moved with it: held until the run is done, as the old one's was.
                holding.set(shard, built)
            } catch {
                failures.set(shard, error)
            }
        }
        // One writer per shard, each on its own thread: each handle and stemmer is used by that thread
        // alone; what they share (the readings, groups, word sets, the lexicon) is only read.
        if databases.count == 1 {
            writeShard(0)
        } else {
            let shared = UncheckedSendable(writeShard)
            DispatchQueue.concurrentPerform(iterations: databases.count) { shared.value($0) }
        }
        if let error = failures.first { throw error }
        return saving
    }

    /// Writes `count` meetings' documents: each meeting made whole (`meeting`) and its documents made
    /// on every core, a batch at a time while the one writer writes the batch before (each builder
    /// serves one thread at a time), so only a batch is held whole; a meeting written in place of the
    /// one with its id, an item in place of one of its file's documents (Xapian then changes only the
    /// terms that differ), its words' spelling data in place
    /// of the old documents', then what a file no longer holds (an item gone) deleted.
    static func write(
        _ count: Int, _ meeting: @escaping @Sendable (Int) -> Meeting, madeBy builders: [DocumentBuilder], into database: WritableDatabase
    ) throws {
        typealias Made = Outcomes<Result<(file: String, built: [DocumentBuilder.Built]), any Error>>
        let size = 8 * builders.count
        let batches = (0..<count).parts(of: size)
        let shared = UncheckedSendable(builders)
        let make = UncheckedSendable { (range: Range<Int>) -> Made in
            let made = Made(count: range.count)
            DispatchQueue.concurrentPerform(iterations: shared.value.count) { worker in
                for index in stride(from: worker, to: range.count, by: shared.value.count) {
                    let whole = meeting(range.lowerBound + index)
                    made.set(index, Result { (whole.file, try shared.value[worker].documents(for: whole)) })
                }
            }
            return made
        }
        var next = batches.first.map(make.value)
        for number in batches.indices {
            let batch = next!
            // On a thread of its own, not a pool's: a writer waiting for it (one per shard) must never
            // hold the thread it needs.
            let following = number + 1 < batches.count ? Later { make.value(batches[number + 1]) } : nil
            do {
                // Whatever happens here, the builders are not let go while they make the next batch.
                defer { _ = following?.value }
                for result in batch.items {
                    let (file, made) = try result!.get()
                    let (meeting, before) = try database.documents(ofFile: file)
                    var written = Set<UInt32>()
                    // Meetings by their id; items each in place of one of the file's documents not yet taken.
                    var free = before.makeIterator()
                    for built in made {
                        var docid = built.id == nil ? free.next() : meeting
                        while built.id == nil, let taken = docid, written.contains(taken) { docid = free.next() }
                        // One the index holds as it is (an item the change did not touch) is not written
                        // again: replacing a document rewrites its terms' positions, most of an update's
                        // reading of the index.
                        if let docid, try database.holds(built.document, at: docid, slot: Schema.digestSlot) {
                            written.insert(docid)
                            continue
                        }
                        // Its words' spelling data as it gives them now, not added to what it gave before.
                        if let docid { try database.removeSpellings(of: docid) }
                        written.insert(try built.id.map { try database.replaceDocument(uniqueTerm: $0, with: built.document) }
                            ?? database.replaceDocument(docid, with: built.document))
                        try database.addSpellings(of: built.document)
                    }
                    for docid in before where !written.contains(docid) {
                        try database.removeSpellings(of: docid)
                        try database.deleteDocument(docid)
                    }
                }
            }
            next = following?.value
            // (Whatever the run: only a write of hundreds of meetings gets here.)
            if number % 50 == 49 { releaseFreeMemory() }
        }
    }

    /// Hands back to the system what glibc's allocator holds free, in a run that reads or writes
    /// much. Documents are made a batch at a time on other threads than the writer's, and glibc keeps
    /// what they held in its arenas: a new index of 10,000 files peaked at 271 MB, 224 MB with this
    /// after each stage and every 50 batches.
    static func releaseFreeMemory() { _ = malloc_trim(0) }

    /// Frees what was read on a thread of its own (the caller holds it no longer).
    private static func letGo(_ value: consuming CorpusRead) {
        final class Held: @unchecked Sendable {
            var value: CorpusRead?
            init(_ value: CorpusRead) { self.value = value }
        }
        let held = Held(value)
        Thread { held.value = nil }.start()
    }

    /// Where glibc puts big blocks (a file's text, a block of the readings, the register as kept).
    /// Handing back (a new index): each gets pages of its own, handed back when freed. Else glibc
    /// raises the size that takes its own pages each time such a block is freed, and big blocks then
    /// sit among the small ones and keep them from being handed back: a new index of 10,000 files
    /// peaked at 187 MB, 161 MB with this (30,000: 381 and 357 MB), in the same time. An update
    /// (which reads little) keeps blocks of up to 4 MB among the rest, freed for the next to take:
    /// each block's pages were faulted in anew (and again after each stage handed free memory back):
    /// one file of 10,000 took a tenth longer (656 against 583 ms, peak 95 against 108 MB). A
    /// threshold the user set (`MALLOC_MMAP_THRESHOLD_`) stands.
    private static func arrangeMemory(handBack: Bool) {
        if ProcessInfo.processInfo.environment["MALLOC_MMAP_THRESHOLD_"] == nil { _ = mallopt(M_MMAP_THRESHOLD, handBack ? 64 << 10 : 4 << 20) }
    }

    /// A meeting with its override applied, when it has one.
    static func overridden(_ meeting: Meeting, by override: Data?) throws -> Meeting {
        guard let override else { return meeting }
        return try MeetingOverride.decode(override).applied(to: meeting)
    }

    /// The minutes' words that split into other parts now that `differing` appeared in or vanished
    /// from the minutes (a part may be a word of the minutes): a word holding one of them, that the
    /// dictionary does not split itself. Stems only cut endings, so a part or its stem is one of them
    /// only where the word holds it.
    static func resplit(_ words: CorpusWords, differing: Set<String>, splitter: CompoundSplitter, lexicon: Lexicon?) -> [String] {
        guard !differing.isEmpty else { return [] }
        let before = splitter.with(corpusWords: CorpusWords.Before(now: words, differing: differing))
        return words.counts.keys.filter { word in
            word.count >= CompoundSplitter.minimumWord && differing.contains { $0 != word && word.holds($0) }
                && lexicon?.analysis(of: word).known != true && splitter.parts(of: word) != before.parts(of: word)
        }.sorted()
    }

    /// A shard's metadata to set, and whether its synonyms are to be written again: touched by its
    /// writer's thread alone once the writers start.
    final class PendingMetadata: @unchecked Sendable {
        var values: [(String, Data)] = []
        var respell = false
        /// How its synonym table differs from the one it holds, as kept beside it (nil: not known;
        /// it is then written whole).
        var change: SynonymTableChange?
    }

    /// Each shard's failure, filled in by its writer.
    final class Failures: @unchecked Sendable {
        private var errors: [Error?]
        private let lock = NSLock()

        init(count: Int) { errors = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ error: Error) { lock.withLock { errors[index] = error } }

        var first: Error? { lock.withLock { errors.compactMap { $0 }.first } }
    }

    /// What a run read of the corpus: every meeting, the names resolved over all, the minutes' words.
    struct CorpusRead {
        let readings: [Reading]
        let skipped: Int
        /// Files of types Minnes does not read, by extension.
        let notMinutes: [String: Int]
        let corpus: CorpusReading
        let words: CorpusWords
        /// The words that appeared in or vanished from the minutes (nil: not known, counted anew).
        let newWords: Set<String>?
        /// A meeting's texts alone, as read (title, notes, items' titles and texts).
        let texts: @Sendable (Int) -> Meeting
        /// Warnings from decoding kept readings as they are needed, said once the run is written.
        let said: Said
        /// Whether free memory is handed back at each stage: a new index, or many files read.
        let handBack: Bool
    }

    /// Files whose kept reading did not decode, read again once for the whole run, and the warnings
    /// that says: given on worker threads, said afterwards on the run's.
    final class Said: @unchecked Sendable {
        private var events: [(event: Event, repaired: Bool)] = []
        private var again: [String: [Meeting]] = [:]
        private var entries: [(file: String, entry: ReadingCache.Entry)] = []
        private let lock = NSLock()

        /// The file's meetings as `read` gives them (with a warning, and its entry when it was read),
        /// the first time it is asked.
        func readAgain(_ file: String, _ read: () -> ([Meeting], ReadingCache.Entry?, Event)) -> [Meeting] {
            lock.withLock {
                if let meetings = again[file] { return meetings }
                let (meetings, entry, event) = read()
                (again[file], events) = (meetings, events + [(event, entry != nil)])
                if let entry { entries.append((file, entry)) }
                return meetings
            }
        }

        /// Each warning, and whether its file was read again (its reading is then kept anew).
        var all: [(event: Event, repaired: Bool)] { lock.withLock { events } }
        /// The entries of the files read again, to keep in place of those that did not decode.
        var readings: [(file: String, entry: ReadingCache.Entry)] { lock.withLock { entries } }
    }

    struct Reading: Sendable {
        let file: String
        /// The hash of the file's bytes, and of its override's when it has one.
        let contentHash: String
        let override: Data?
        /// What resolving it decided, as its manifest hash reads it; nil when it was resolved as the
        /// run before resolved it (`CorpusReading.asBefore`): kept as it was then. Texts are decoded
        /// only to be looked through, the whole meeting (resolved again) only to be written.
        var decided: Decided?

        var asBefore: Bool { decided == nil }
    }

    /// What a meeting's documents are made of beyond its file's bytes (and the reader and analysis,
    /// hashed beside): whom its names resolved to, what was inferred (network, place, a kommun). A
    /// file is rewritten when its bytes or this change. Kept for every meeting through a run, so
    /// small: the names of its people present and raising (read through the register when hashed)
    /// and a digest of the rest; the resolved meetings themselves held 2.5 KB a meeting.
    struct Decided: Sendable {
        let names: [String]
        let digest: String

        /// Of a meeting resolved, with its override applied.
        init(_ meeting: Meeting) {
            names = (meeting.present + meeting.items.flatMap { $0.raisedBy.compactMap(\.person) }).map(\.name)
            let people = { (people: [Person]) in
                people.map { "\($0.name)/\($0.municipality ?? "")/\($0.role ?? "")" }.joined(separator: ",")
            }
            var lines = [meeting.network ?? "", meeting.place ?? ""]
            lines += [meeting.attendees, meeting.guests, meeting.absent, meeting.chairs, meeting.scribe.map { [$0] } ?? []].map(people)
            for item in meeting.items {
                lines.append(item.raisedBy.map { raiser in
                    "\(raiser.person.map { people([$0]) } ?? "")/\(raiser.viaMunicipality ?? "")/\(raiser.candidates.joined(separator: "+"))"
                }.joined(separator: ","))
            }
            digest = sha256Hex(utf8: lines.joined(separator: "\n"))
        }
    }

    enum FileReading: Sendable {
        case read(ReadingCache.Entry)
        case skipped(SkipReason)
    }

    /// Why a file was not read, said in the warning that names it.
    enum SkipReason: Sendable, CustomStringConvertible {
        case extract(ExtractError)
        case tooLarge(Int64, limit: Int, document: Bool)
        case unreadable(String)

        var description: String {
            switch self {
            case .extract(let error): "\(error)"
            case .tooLarge(let size, let limit, false): "\(size) bytes, over the limit of \(limit) for a text file (--max-file-size)"
            case .tooLarge(let size, let limit, true): "\(size) bytes, over the limit of \(limit) for a document (--max-document-size)"
            case .unreadable(let reason): "cannot be read (\(reason))"
            }
        }
    }

    /// Why a file of `size` bytes is too large to read, if it is: over the text files' limit, and a
    /// text file by its first bytes, or a document over the documents' limit.
    private func tooLarge(_ file: String, size: Int64) -> SkipReason? {
        guard size > Int64(maxFileSize) else { return nil }
        // (Unreadable, it is read and said so as any file is.)
        guard let head = try? corpus.head(file) else { return nil }
        if !Extractor.isDocument(head: head) { return .tooLarge(size, limit: maxFileSize, document: false) }
        return size > Int64(maxDocumentSize) ? .tooLarge(size, limit: maxDocumentSize, document: true) : nil
    }

    /// One file's meetings: read and parsed, or taken from the cache when its bytes are those the
    /// cache read (a file touched but not changed).
    private func read(_ file: String, stat: ReadingCache.Stat, cached: ReadingCache.Entry?) -> FileReading {
        let path = corpus.root.path + "/" + file
        do {
            let bytes = try corpus.read(file)
            let hash = sha256Hex(bytes)
            // (Unless its kept meetings do not read back: then they are read anew from the bytes.)
            if let cached, cached.hash == hash, cached.readsBack {
                return .read(ReadingCache.Entry(stat: stat, as: cached))
            }
            // Each part's meetings: an e-mail's text, and each file of minutes it carries.
            let parts = try Extractor.parts(bytes, path: path)
            let meetings = MinutesReader.meetings(ofFile: file, parts: parts.map { ($0.part, $0.text, $0.format.rawValue) })
            let notes = Dictionary(parts.filter { !$0.notes.isEmpty }.map { (MinutesReader.name(ofPart: $0.part, in: file), $0.notes) }) { _, last in last }
            return .read(ReadingCache.Entry(stat: stat, hash: ReadingCache.Entry.hash(hash, notes: notes), meetings: meetings, notes: notes))
        } catch let error as ExtractError {
            return .skipped(.extract(error))
        } catch {
            return .skipped(.unreadable(error.localizedDescription))
        }
    }

    /// The synonym groups of the synonym files; lines that are not groups are reported and skipped.
    private func loadSynonyms(report: (Event) -> Void) -> [SynonymGroup] {
        synonymsFiles.flatMap { file -> [SynonymGroup] in
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                report(.warning(file: file.path, message: "cannot be read; indexing without its synonyms"))
                return []
            }
            let (groups, problems) = Synonyms.parse(text)
            for problem in problems { report(.warning(file: file.path, message: "skipped \(problem)")) }
            return groups
        }
    }

    /// Where the word lists' table is kept: in the user's cache, for it is not of the minutes and
    /// serves every index alike (named by the lists it is made of), else beside the index.
    private func wordListCache() -> URL {
        let besideIndex = URL(fileURLWithPath: indexPath).appendingPathComponent(Self.wordListFile)
        guard let folder = Locations.cacheDirectory() else { return besideIndex }
        unlink(besideIndex.path)  // an index written before keeps its own: no longer read
        let lists = sha256Hex(utf8: wordLists.map(\.path).joined(separator: "\n"), digits: 16)
        return URL(fileURLWithPath: folder).appendingPathComponent("wordlist-\(lists)")
    }

    /// Compounds split into words of the word lists and of the minutes themselves.
    private func compoundSplitter(for corpusWords: CorpusWords) throws -> CompoundSplitter {
        let stemmer = try Stemmer(language: Schema.language)
        let wordList = WordList.load(from: wordLists, cache: wordListCache())
        return CompoundSplitter(dictionary: wordList, corpusWords: corpusWords) { (try? stemmer.stem($0)) ?? $0 }
    }

    /// The meetings of every file, resolves names across all of them, applies overrides. A file
    /// the reading cache holds unchanged is taken from it; the others are read in parallel.
    /// (`lexicon`: the dictionary and where its analyses are kept, taken in as the words are counted.)
    private func readCorpus(
        _ listing: Corpus.Listing, stats: [ReadingCache.Stat?], lexicon: (Lexicon, URL)?, handBack wanted: Bool,
        report: (Event) -> Void
    ) throws -> CorpusRead {
        let files = listing.files
        for (path, reason) in listing.skipped { report(.warning(file: path, message: "skipped: \(reason)")) }
        let folder = URL(fileURLWithPath: indexPath)
        // The kept resolution is read beside what follows (mostly on one core, unless the kept
        // readings' heads are read): it is asked for once the files are read and the register made.
        let resolutionFile = folder.appendingPathComponent(Resolution.file)
        let previous = Later { Resolution.load(resolutionFile) }
        // The dictionary's kept analyses, taken in beside the reading: asked for once words are counted.
        let analysesKept = lexicon.map { dictionary, cache in Later { dictionary.load(from: cache) } }
        let keptHeaders = KeptHeaders.load(folder.appendingPathComponent(KeptHeaders.file))
        var cache = ReadingCache.load(folder.appendingPathComponent(ReadingCache.file), headers: keptHeaders)
        // What this run's readings are: the kept ones, with what is read in their place. Unless two
        // files' names are one string to Swift (the same name in two Unicode forms, side by side in
        // the sorted listing): one entry is then two files', so the readings are made file by file.
        let twins = files.indices.dropFirst().contains { files[$0] == files[$0 - 1] }
        var fresh = twins ? ReadingCache() : ReadingCache(holding: cache)

        // Stat first: what stat says is unchanged is neither read nor hashed.
        let outcomes = Outcomes<FileReading>(count: files.count)
        var changed: [(number: Int, stat: ReadingCache.Stat)] = []
        var unchanged = [Bool](repeating: false, count: files.count)
        for (number, file) in files.enumerated() {
            guard let stat = stats[number] else {
                outcomes.set(number, .skipped(.unreadable("it is gone")))
                continue
            }
            if let tooLarge = tooLarge(files[number], size: stat.size) {
                outcomes.set(number, .skipped(tooLarge))
            } else if let entry = cache.files[file], entry.stat == stat, !entry.awaitsATool {
                outcomes.set(number, .read(entry))
                unchanged[number] = true
            } else {
                changed.append((number, stat))
            }
        }
        // The rest are read and parsed on every core (the one Xapian writer stays on this thread), a
        // part at a time, each part's readings then kept in blocks (`ReadingCache.keep`): a corpus
        // read anew is never held whole.
        Extractor.prepare()
        let part = 256 * ProcessInfo.processInfo.activeProcessorCount
        // More than a part read, memory is kept low from here, as for a new index.
        let handBack = wanted || changed.count > part
        if handBack && !wanted { Self.arrangeMemory(handBack: true) }
        for start in stride(from: 0, to: changed.count, by: part) {
            let toRead = changed[start..<min(start + part, changed.count)], kept = cache
            DispatchQueue.concurrentPerform(iterations: toRead.count) { index in
                let (number, stat) = toRead[toRead.startIndex + index]
                outcomes.set(number, read(files[number], stat: stat, cached: kept.files[files[number]]))
            }
            let entries = toRead.compactMap { number, _ -> (number: Int, file: String, entry: ReadingCache.Entry)? in
                guard case .read(let entry) = outcomes.items[number]! else { return nil }
                return (number, files[number], entry)
            }
            // Should they not encode (never expected), they are held as read, and saved as ever.
            guard (try? fresh.keep(entries.map { ($0.file, $0.entry) }, scratchIn: indexPath)) != nil else { continue }
            // (Those read alone: `fresh` holds the kept entry of one skipped now, to be removed below.)
            for (number, file, _) in entries { outcomes.set(number, .read(fresh.files[file]!)) }
        }

        // Numbered as the kept headers are, whose heads are then added as they are.
        var headers = keptHeaders?.table.headers.stringsAlone ?? Headers()
        // What each other table's strings are numbered in `headers`, by the table's own numbers (every
        // table is held by an entry meanwhile, so none's identity is another's). The kept table's
        // numbers are the same here: its heads are copied as they are.
        var numbersHere: [ObjectIdentifier: [Headers.Number]] = [:]
        // Each file's heads among them and its head, to keep for the next run.
        var headsOf: [(file: String, heads: Range<Int>, entry: ReadingCache.Entry, unchanged: Bool)] = []
        headsOf.reserveCapacity(files.count)
        // Where each meeting's whole reading is: its file's entry (without its headers, let go once
        // names are resolved), and which of its meetings. By the meeting's number, as every list of
        // meetings here (a dictionary of their files, each hashed, was a tenth of this pass).
        var sources: [(file: String, entry: ReadingCache.Entry, part: Int)] = []
        // (Room for them all at once: grown past the files' count by e-mails' parts, it was held twice.)
        sources.reserveCapacity(outcomes.items.reduce(0) { count, outcome in
            guard case .read(let entry) = outcome else { return count }
            return count + entry.headers.range.count
        })

        var (skipped, readCount) = (listing.skipped.count, 0)
        // The files the kept readings held and this run does not (skipped now, or gone).
        var gone: [String] = []
        var missingTools = Set<String>()
        for (number, file) in files.enumerated() {
            // (Every 64 files: a call for each was a hundredth of an update of one file.)
            if number % 64 == 0 { report(.progress(done: number, total: files.count)) }
            switch outcomes.items[number]! {
            case .skipped(let why):
                skipped += 1
                if !twins, cache.files[file] != nil {
                    fresh.remove(file)
                    gone.append(file)
                }
                // A missing tool is said once a run, with the package to install; each file still counts.
                if case .extract(let error) = why, case .toolMissing(let tool, _) = error {
                    if missingTools.insert(tool).inserted { report(.warning(file: file, message: "skipped: \(error)")) }
                } else {
                    report(.warning(file: file, message: "skipped: \(why)"))
                }
            case .read(let entry):
                readCount += 1
                if twins || !unchanged[number] { fresh.add(file, entry, unchanged: unchanged[number]) }
                let run = entry.headers, first = headers.count
                if run.table === keptHeaders?.table {
                    headers.append(sameNumbers: run.range, of: run.table.headers)
                } else {
                    headers.append(run.range, of: run.table.headers, map: &numbersHere[ObjectIdentifier(run.table), default: []])
                }
                headsOf.append((file, first..<headers.count, entry, unchanged[number]))
                // (Said once for what they were read from: a running document's meetings are named
                // by it and their day, "löpande.txt#2026-03-10".)
                var said: Set<String> = []
                for part in 0..<run.range.count {
                    let meeting = headers.file(first + part)
                    for (name, notes) in entry.notes where !said.contains(name) && (meeting == name || meeting.hasPrefix(name + "#")) {
                        said.insert(name)
                        for note in notes { report(.warning(file: name, message: note)) }
                    }
                    sources.append((file, entry.withoutHeaders, part))
                }
                // (And what gave no meeting: a file in a zip that could not be read, a zip of none.)
                for (name, notes) in entry.notes.sorted(by: { $0.key < $1.key }) where !said.contains(name) {
                    for note in notes { report(.warning(file: name, message: note)) }
                }
            }
        }
        report(.progress(done: files.count, total: files.count))
        // The files kept before and gone from the corpus since (none when all it holds were read).
        if !twins, fresh.files.count > readCount {
            let here = Set(files)
            for file in fresh.files.keys where !here.contains(file) {
                fresh.remove(file)
                gone.append(file)
            }
        }
        // What files give holds whatever the index does: kept now (again only when something was
        // read or is gone), and let go once the minutes' words are counted, beside the names resolved.
        let readingsFile = URL(fileURLWithPath: indexPath).appendingPathComponent(ReadingCache.file)
        var saved: ReadingCache.Saved?
        if !changed.isEmpty || fresh.files.count != cache.files.count || !cache.current {
            do {
                saved = try fresh.save(readingsFile, over: cache)
            } catch {
                report(.warning(file: indexPath, message: "\(ReadingCache.file) cannot be written; every file will be read again next time"))
            }
        } else {
            saved = cache.asKept
        }
        // The headers as numbers and every file's head, kept for the next run beside what follows
        // (only a shortcut: should they not be written, the next run reads the heads), with where
        // each file's meetings are in the readings as saved and the readings' stat now (none when
        // they could not be saved: the next run then reads their heads). Only what changed is
        // appended to the kept headers when they said what every file's entry was and the readings
        // kept the unchanged files where they were.
        let appendingTo = cache.fromKeptHeaders && !twins && saved?.unchangedStay == true ? keptHeaders : nil
        let headersKept = Later { [headers, headsOf, gone, indexPath, saved] in
            let readings = saved.flatMap { saved in ReadingCache.status(of: readingsFile.path).map { KeptHeaders.Readings(file: $0, lines: saved.lines, blocks: saved.blocks) } }
            try? KeptHeaders.save(
                headers, count: headsOf.count,
                file: { let (file, heads, entry, unchanged) = headsOf[$0]; return (file, heads, entry, saved?.spot(of: file, entry, unchanged: unchanged) ?? .unknown) },
                changed: { !headsOf[$0].unchanged }, gone: gone, readings: readings,
                to: URL(fileURLWithPath: indexPath).appendingPathComponent(KeptHeaders.file), appendingTo: appendingTo)
        }
        defer { _ = headersKept.value }
        // The minutes' words, counted again only for the files that differ from the kept readings,
        // beside the names resolved (each leaves a core free some of the time). (Their texts are all
        // the words are counted of.)
        let wordsFile = URL(fileURLWithPath: indexPath).appendingPathComponent(CorpusWords.file)
        let said = Said()
        let wholeMeetings = { @Sendable (file: String, entry: ReadingCache.Entry) in self.meetings(of: file, entry, said: said) }
        let textsOf = { @Sendable (file: String, entry: ReadingCache.Entry) in (try? entry.texts()) ?? wholeMeetings(file, entry) }
        // (The files that may differ: those read and those gone, unless the readings were made anew.)
        let candidates = twins ? nil : changed.map { files[$0.number] } + gone
        let counted = Later { [before = cache.files, now = fresh.files] in
            let (words, changed, newWords) = CorpusWords.update(wordsFile, from: before, to: now, candidates: candidates, meetings: textsOf)
            // The dictionary loaded when a word new to the minutes has no kept analysis: beside the
            // names resolved, not when the first document asks (a tenth of a second; an update of
            // one file of 10,000 took a seventh less).
            if let (dictionary, _) = lexicon, let analysesKept {
                analysesKept.value
                _ = Later { dictionary.prepare(for: newWords.map(Array.init) ?? Array(words.counts.keys)) }
            }
            return (words: words, newWords: newWords, unsaved: changed && (try? words.save(wordsFile)) == nil)
        }
        (cache, fresh) = (ReadingCache(), ReadingCache())
        outcomes.clear()
        if handBack { Self.releaseFreeMemory() }

        // What each meeting is read from: its file's bytes and its override's.
        // (Those the walk found: an open(2) for every meeting was a thirtieth of an update.)
        // (Most corpora have none: no meeting's file is then looked for among them.)
        // (A file's override is each of its meetings': read once.)
        let overridden = Set(listing.overrides)
        var overrideOf: [String: Data?] = [:], meetingsOf: [String: [Int]] = [:]
        let overrides = headers.heads.indices.map { number -> Data? in
            guard !overridden.isEmpty else { return nil }
            let file = sources[number].file
            guard overridden.contains(file + Corpus.overrideSuffix) else { return nil }
            meetingsOf[file, default: []].append(number)
            if let read = overrideOf[file] { return read }
            do {
                overrideOf[file] = try corpus.override(for: file)
            } catch {
                report(.warning(file: file + Corpus.overrideSuffix, message: "cannot be read (\(error.localizedDescription)); the minutes are indexed without it"))
                overrideOf[file] = .some(nil)
            }
            return overrideOf[file]!
        }
        // A meeting an override names that its file does not hold is said (its fields are ignored).
        for (file, numbers) in meetingsOf.sorted(by: { $0.key < $1.key }) {
            guard let data = overrideOf[file] ?? nil, let override = try? MeetingOverride.decode(data), !override.meetingsNamed.isEmpty else { continue }
            let meetings = numbers.map { headers.file($0) }
            for part in override.meetingsNamed.sorted() where !meetings.contains(where: { $0.hasSuffix("#" + part) }) {
                report(.warning(file: file + Corpus.overrideSuffix, message: "names a meeting \"\(part)\" that \(file) does not hold (it holds: \(meetings.joined(separator: ", "))); ignored"))
            }
        }
        for orphan in Corpus.orphans(in: listing) {
            report(.warning(file: orphan, message: "an override for minutes that are not in the corpus; ignored"))
        }
        let contents = overrides.indices.map { number in
            let hash = sources[number].entry.hash
            return overrides[number].map { hash + sha256Hex($0) } ?? hash
        }
        // Only the meetings resolved or written again are decoded whole.
        let asRead = ReadMeetings(headers: consume headers, whole: { [sources] number in
            let source = sources[number]
            let meetings = wholeMeetings(source.file, source.entry)
            return meetings.indices.contains(source.part) ? meetings[source.part] : nil
        }, place: { [sources] in sources[$0].entry.block })
        // Their texts alone, for the look through unchanged texts.
        let texts = { @Sendable [sources] (number: Int) -> Meeting in
            let source = sources[number]
            if let texts = try? source.entry.texts(), texts.indices.contains(source.part) { return texts[source.part] }
            return asRead.whole(number)
        }
        // Of each meeting resolved, only what its hash reads (with its override) is kept, made as it is
        // resolved: resolved meetings held until all were took most of a new index's memory.
        let decided = Outcomes<Decided>(count: contents.count)
        // (The items people raised by number alone: the index keeps the register by number.)
        let reading = Resolver.resolve(asRead, contents: contents, previousWhenMade: { previous.take() }, raisedByNumberOnly: true) {
            [overrides] number, meeting in
            decided.set(number, Decided((try? Self.overridden(meeting, by: overrides[number])) ?? meeting))
            return nil
        }
        // A date read with a caveat is said, of the header as read (with its override, when it has one).
        let heads = reading.read.headers
        var badOverrides: Set<String> = []
        let meetingFiles = heads.heads.indices.map { number in
            let file = heads.file(number)
            var (note, written) = (heads.string(heads.heads[number].dateNote), heads.heads[number].dateAsWritten != Headers.none)
            if overrides[number] != nil {
                do {
                    let meeting = try Self.overridden(heads.meeting(number), by: overrides[number])
                    (note, written) = (meeting.dateNote, meeting.dateAsWritten != nil)
                } catch {
                    // (Said once, of the file its meetings are read from.)
                    if badOverrides.insert(sources[number].file).inserted {
                        report(.warning(file: sources[number].file, message: "override ignored: \(error)"))
                    }
                }
            }
            if let note, written { report(.warning(file: file, message: "date \(note)")) }
            return file
        }
        // Of each meeting only what its hash reads is kept through the run: the headers are let go.
        reading.read.releaseHeaders()
        let readings = meetingFiles.indices.map { number in
            Reading(file: meetingFiles[number], contentHash: contents[number], override: overrides[number], decided: decided.items[number])
        }
        let (words, newWords, unsaved) = counted.value
        if unsaved {
            report(.warning(file: indexPath, message: "\(CorpusWords.file) cannot be written; the minutes' words will be counted again next time"))
        }
        if handBack { Self.releaseFreeMemory() }
        return CorpusRead(
            readings: readings, skipped: skipped, notMinutes: listing.otherTypes, corpus: reading, words: words, newWords: newWords,
            texts: texts, said: said, handBack: handBack)
    }

    /// A file's whole meetings: as read, or decoded from the reading cache; should a kept reading not
    /// decode (its check passed, so never expected), the file is read again, and that is said.
    private func meetings(of file: String, _ entry: ReadingCache.Entry, said: Said) -> [Meeting] {
        if let meetings = try? entry.meetings() { return meetings }
        return said.readAgain(file) {
            if case .read(let again) = read(file, stat: entry.stat, cached: nil), let meetings = try? again.meetings() {
                return (meetings, again, .warning(file: file, message: "its kept reading (\(ReadingCache.file)) did not decode; read again"))
            }
            return (entry.headers.meetings, nil, .warning(file: file, message: "its kept reading (\(ReadingCache.file)) did not decode, nor could it be read again; indexed without its text"))
        }
    }
}

/// Content hashes of the indexed files, kept in the index's metadata so it commits with the documents:
/// a line per file after a line naming the format, the file (`Fields`-escaped) and its hash apart by
/// the unit separator, in order of files. Read and written on every update: as JSON, that was a
/// twentieth of an update of one file of 10,000. An index written before keeps JSON, read too.
/// Held in order of files, and compared with the files of a run by walking both: a dictionary of
/// every file made, asked of each and sorted to be kept was a fifteenth of an update of one file.
struct Manifest {
    static let format = Data("minnes-manifest 1\n".utf8)
    /// The files, sorted, each once, and each one's hash.
    private(set) var files: [String] = [], hashes: [String] = []

    init() {}

    /// Files and their hashes as `sorted` gives them.
    init(sorted listing: [(file: String, hash: String, number: Int)]) {
        files.reserveCapacity(listing.count)
        hashes.reserveCapacity(listing.count)
        for entry in listing {
            // (A file listed twice keeps its last hash.)
            if files.last == entry.file {
                hashes[hashes.count - 1] = entry.hash
            } else {
                files.append(entry.file)
                hashes.append(entry.hash)
            }
        }
    }

    /// Files with their hashes in order of files, then of their numbers; not sorted again when they
    /// come in order (as a run lists its files, mostly).
    static func sorted(_ listing: [(file: String, hash: String, number: Int)]) -> [(file: String, hash: String, number: Int)] {
        let before = { (a: (file: String, hash: String, number: Int), b: (file: String, hash: String, number: Int)) in
            a.file < b.file || (a.file == b.file && a.number < b.number)
        }
        return zip(listing, listing.dropFirst()).allSatisfy(before) ? listing : listing.sorted(by: before)
    }

    init(kept: Data) throws {
        guard !kept.isEmpty else {
            self.init()
            return
        }
        guard kept.starts(with: Self.format) else {
            // A later format is not JSON: refused, not misread.
            if kept.starts(with: Data("minnes-manifest ".utf8)) { throw CocoaError(.fileReadUnknown) }
            let hashes = try JSONDecoder().decode([String: String].self, from: kept)
            self.init(sorted: Self.sorted(hashes.map { ($0.key, $0.value, 0) }))
            return
        }
        var listing: [(file: String, hash: String, number: Int)] = []
        for line in Fields.lines(of: kept, from: Self.format.count) {
            let fields = Fields.split(line, by: Fields.unit)
            guard fields.count == 2, let file = Fields.string(fields[0]) else { throw CocoaError(.fileReadCorruptFile) }
            listing.append((file, String(decoding: fields[1], as: UTF8.self), listing.count))
        }
        self.init(sorted: Self.sorted(listing))
    }

    var count: Int { files.count }

    /// As kept: the files in order, so the same hashes always give the same bytes. (Made as lines of
    /// bytes on every core: a line a Data, file by file, was a fiftieth of an update of one file.)
    var kept: Data {
        let (files, hashes) = (files, hashes)
        return Self.format + Fields.lines(files.indices) { place, bytes in
            Fields.append(escaped: files[place], to: &bytes)
            bytes.append(0x1F)
            bytes += hashes[place].utf8
            bytes.append(0x0A)
        }
    }

    /// For each of `sorted` (files in order, as `sorted` gives them), the hash this manifest holds
    /// for it, if any; and the files it holds that are not among them, in order.
    func compared(with sorted: [String]) -> (hashes: [String?], gone: [String]) {
        var found = [String?](repeating: nil, count: sorted.count), gone: [String] = []
        var next = 0  // the first of files not yet matched or gone
        for (place, file) in sorted.enumerated() {
            while next < files.count, files[next] < file {
                // (Not gone when it was the file before, listed twice.)
                if place == 0 || sorted[place - 1] != files[next] { gone.append(files[next]) }
                next += 1
            }
            if next < files.count, files[next] == file { found[place] = hashes[next] }
        }
        for rest in files[next...] where sorted.last != rest { gone.append(rest) }
        return (found, gone)
    }
}

public enum IndexError: Error, CustomStringConvertible {
    case locked(String)
    case shardCount(String, has: Int, asked: Int)
    case badStub(String)

    public var description: String {
        switch self {
        case .locked(let path): "the index at \(path) is being written by another process (is `minnes index` running?)"
        case .shardCount(let path, let has, let asked):
            "the index at \(path) has \(has) shard\(has == 1 ? "" : "s"), not \(asked): index into a new folder to change that"
        case .badStub(let path): "\(path) lists no local database Minnes can write (want lines such as `auto shard-1`)"
        }
    }
}

extension Database {
    /// The documents read from a file: its meeting's, found by its id, and those holding that
    /// meeting's term (in one database a file is one meeting), the meeting's among them.
    func documents(ofFile file: String) throws -> (meeting: UInt32?, all: [UInt32]) {
        guard let meeting = try documents(term: Schema.term(Schema.idPrefix, Schema.meetingID(file: file))).first,
            let term = try term(of: meeting, prefix: Schema.meetingPrefix)
        else { return (nil, []) }
        return (meeting, try documents(term: term))
    }
}
