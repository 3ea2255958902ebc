import Foundation
import MinnesExtract
import MinnesNormalise
import MinnesParse

/// What was read from each file, kept beside the index (`minnes-readings`, owner-only) so an
/// unchanged file is neither read nor parsed again: unchanged by stat (size, modification time,
/// inode), as omindex decides, or, when stat changed, by the hash of its bytes. A new reader version
/// reads everything again.
struct ReadingCache: Sendable {
    /// Bump when reading changes what it makes of the same bytes.
    /// (What each reader changed is in the commit that bumped it: `git log -S "reader N"`.)
    static let readerVersion = "reader 288"
    static let file = "minnes-readings"

    struct Stat: Codable, Equatable, Sendable {
        let size: Int64, modified: Int64, inode: UInt64
        /// Change time and mode: a chmod that makes an unreadable file readable changes only these.
        let changed: Int64, mode: UInt32

        init(size: Int64, modified: Int64, inode: UInt64, changed: Int64, mode: UInt32) {
            (self.size, self.modified, self.inode, self.changed, self.mode) = (size, modified, inode, changed, mode)
        }

        /// Whether a file is still as it was: the same size, modification time and inode. (Not its
        /// change time: an index written whole links the kept files into its new folder.)
        func unchanged(since then: Stat) -> Bool { (size, modified, inode) == (then.size, then.modified, then.inode) }

        init(_ info: stat) {
            self.init(
                size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                inode: UInt64(info.st_ino), changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
                mode: UInt32(info.st_mode))
        }
    }

    struct Entry: Sendable {
        let stat: Stat
        let hash: String
        /// Warnings its reading gave, said again when it is taken from here.
        private(set) var notes: [String: [String]]
        /// Each meeting's header (`Meeting.header`): all that building the register and inferring
        /// networks and places read, so a kept entry's text is decoded only when it is needed.
        private(set) var headers: HeaderRun
        /// The meetings read from the file (one, or an e-mail's parts), before names are resolved.
        let body: Body

        enum Body: Sendable {
            /// Read in this run.
            case read([Meeting])
            /// As the kept file holds them, encoded.
            case kept(KeptBlocks.Place)
        }

        init(stat: Stat, hash: String, meetings: [Meeting], notes: [String: [String]]) {
            (self.stat, self.hash, self.notes, body) = (stat, hash, notes, .read(meetings))
            headers = HeaderRun(meetings)
        }

        /// The same reading, of a file whose stat changed and bytes did not.
        init(stat: Stat, as entry: Entry) {
            (self.stat, hash, notes, headers, body) = (stat, entry.hash, entry.notes, entry.headers, entry.body)
        }

        /// The same reading, its meetings now kept in a block and its headers in a table shared.
        fileprivate init(_ entry: Entry, kept place: KeptBlocks.Place, headers: HeaderRun) {
            (stat, hash, notes, self.headers, body) = (entry.stat, entry.hash, entry.notes, headers, .kept(place))
        }

        fileprivate init(_ head: Head, headers: HeaderRun, body: Body) {
            (stat, hash, notes, self.headers, self.body) = (head.stat, head.hash, head.notes, headers, body)
        }

        /// Where its meetings are, and no more: what a run holds of every file once names are resolved.
        var withoutHeaders: Entry {
            var entry = self
            (entry.headers, entry.notes) = (HeaderRun.none, [:])
            return entry
        }

        /// The kept block its meetings are in (-1: read in this run), the order to decode entries in.
        var block: Int {
            switch body {
            case .read: -1
            case .kept(let place): place.block
            }
        }

        /// The whole meetings, decoded from the kept file when they come from there.
        func meetings() throws -> [Meeting] {
            switch body {
            case .read(let meetings): meetings
            case .kept(let place): try JSONDecoder().decode([Meeting].self, from: try place.bytes())
            }
        }

        /// The meetings' texts alone (title, notes, items' titles and texts), as the look through
        /// unchanged texts for a changed name reads them: decoding no people, raisers or decisions.
        func texts() throws -> [Meeting] {
            switch body {
            case .read(let meetings): meetings
            case .kept(let place): try JSONDecoder().decode([Texts].self, from: try place.bytes()).map(\.meeting)
            }
        }

        /// Whether it was read without a tool it wanted (a scanned page not read for want of OCR): read
        /// again whenever a run reads, so installing the tool reads what was left out. (Kept under its
        /// bytes' hash marked so: read whole, its hash differs, and its documents are written again.)
        var awaitsATool: Bool { hash.hasSuffix(Self.awaitingMark) }
        static let awaitingMark = "+"

        /// The hash a reading of bytes whose hash is `hash`, said `notes`, is kept under.
        static func hash(_ hash: String, notes: [String: [String]]) -> String {
            notes.values.contains { $0.contains { $0.contains(ExtractError.notInstalled) } } ? hash + awaitingMark : hash
        }

        /// Whether its meetings are there as they were checked (a kept block inflated to see).
        var readsBack: Bool {
            guard case .kept(let place) = body else { return true }
            return (try? place.bytes()) != nil
        }

        /// The meetings as JSON: as kept, or encoded.
        fileprivate func encodedBody(_ encoder: JSONEncoder) throws -> Data {
            switch body {
            case .read(let meetings): try encoder.encode(meetings)
            case .kept(let place): try place.bytes()
            }
        }
    }

    /// What `Entry.texts()` decodes of a meeting.
    private struct Texts: Decodable {
        struct Item: Decodable {
            let position: Int
            let title: String
            let text: String
            let decisions: [String]
        }
        let file: String
        let title: String
        let notes: String
        let items: [Item]

        var meeting: Meeting {
            Meeting(
                file: file, title: title,
                items: items.map { AgendaItem(position: $0.position, title: $0.title, text: $0.text, decisions: $0.decisions) }, notes: notes)
        }
    }

    /// An entry as its head holds it: where its meetings' JSON is in the block after its own, and
    /// the check of that JSON.
    struct Head {
        let stat: Stat
        let hash: String
        let notes: [String: [String]]
        let check: UInt32
        var body = 0..<0
    }

    /// A file's head (`Fields`): the file, then (unless the file is gone) its stat, hash, check and
    /// where its meetings are, and notes, then a header per meeting. An update without the kept
    /// headers reads every file's head: as JSON that took longer than all else it does for an
    /// unchanged file (10,000 files: 0.25 s of 0.4).
    enum HeadLine {
        /// A file's head, with its meetings' headers (none when the file is gone).
        static func line(_ file: String, _ head: Head?, headers: [Meeting] = []) -> String {
            guard let head else { return Fields.escaped(file) }
            let stat = [head.stat.size, head.stat.modified, Int64(bitPattern: head.stat.inode), head.stat.changed, Int64(head.stat.mode)]
            let notes = head.notes.sorted { $0.key < $1.key }.map { Fields.joined(([$0.key] + $0.value).map(Fields.escaped), by: Fields.record) }
            let body = [Int(head.check), head.body.lowerBound, head.body.count].map(String.init).joined(separator: " ")
            return Fields.joined(
                [Fields.escaped(file), stat.map(String.init).joined(separator: " "), head.hash, body, Fields.joined(notes, by: Fields.group)]
                    + headers.map(header), by: Fields.file)
        }

        /// The file a head names, and its entry (nil: the file is gone); nil when it does not read.
        /// Its meetings' headers, given apart, are added to table (a
        /// block's heads share one, and their strings are made once), or, when `kept` holds the
        /// file's headers as read from the same bytes, not decoded at all: they are then where it
        /// says in the kept table returned.
        static func head(_ bytes: ArraySlice<UInt8>, into table: inout Headers, kept: KeptHeaders? = nil)
            -> (file: String, head: Head?, headers: Range<Int>, kept: HeaderTable?)?
        {
            let fields = Fields.split(bytes, by: Fields.file)
            guard let first = fields.first, let file = Fields.string(first) else { return nil }
            guard fields.count > 1 else { return (file, nil, 0..<0, nil) }
            guard fields.count >= 5 else { return nil }
            let numbers = Fields.split(fields[1], by: UInt8(ascii: " ")).compactMap(Fields.integer)
            let body = Fields.split(fields[3], by: UInt8(ascii: " ")).compactMap { Fields.integer($0).flatMap { Int(exactly: $0) } }
            guard numbers.count == 5, body.count == 3, let check = UInt32(exactly: body[0]), body[1] >= 0, body[2] >= 0,
                body[1] <= Int.max - body[2]
            else { return nil }
            var notes: [String: [String]] = [:]
            for entry in Fields.split(fields[4], by: Fields.group) {
                let texts = Fields.split(entry, by: Fields.record).compactMap(Fields.string)
                guard let key = texts.first, texts.count == Fields.split(entry, by: Fields.record).count else { return nil }
                notes[key] = Array(texts.dropFirst())
            }
            let stat = Stat(
                size: numbers[0], modified: numbers[1], inode: UInt64(bitPattern: numbers[2]), changed: numbers[3], mode: UInt32(truncatingIfNeeded: numbers[4]))
            let head = Head(
                stat: stat, hash: String(decoding: fields[2], as: UTF8.self), notes: notes, check: check,
                body: body[1]..<(body[1] + body[2]))
            if let kept, let keptFile = kept.files[file], keptFile.head.hash == head.hash, keptFile.heads.count == fields.count - 5 {
                return (file, head, keptFile.heads, kept.table(of: keptFile))
            }
            // (A header that does not read leaves those before it in the table, unused.)
            let start = table.count
            guard fields[5...].allSatisfy({ header($0, into: &table) }) else { return nil }
            return (file, head, start..<table.count, nil)
        }

        static func header(_ meeting: Meeting) -> String {
            let people = { (people: [Person]) in Fields.joined(people.map(person), by: Fields.record) }
            let next = meeting.nextMeeting.map { Fields.joined([Fields.escaped($0.date), Fields.escaped($0.place)], by: Fields.unit) }
            return Fields.joined(
                [Fields.escaped(meeting.file), Fields.escaped(meeting.title)]
                    + [meeting.format, meeting.date, meeting.dateAsWritten, meeting.dateNote, meeting.network, meeting.place].map(Fields.escaped)
                    + [people(meeting.attendees), people(meeting.guests), people(meeting.absent), people(meeting.chairs)]
                    + [meeting.scribe.map(person) ?? Fields.none, next ?? Fields.none],
                by: Fields.group)
        }

        /// A header as `header` wrote it, added to table; false (no head added) when it does not
        /// read. Its strings are the table's numbers: each made once a block, not once a listing.
        static func header(_ bytes: ArraySlice<UInt8>, into table: inout Headers) -> Bool {
            let fields = Fields.split(bytes, by: Fields.group)
            guard fields.count == 14 else { return false }
            // nil: the field does not read.
            func string(_ field: ArraySlice<UInt8>) -> Headers.Number? {
                guard field.contains(Fields.escape) else { return table.number(utf8: field) }
                return Fields.string(field).map { table.number($0) }
            }
            func optional(_ field: ArraySlice<UInt8>) -> Headers.Number? {
                field.elementsEqual(Fields.none.utf8) ? Headers.none : string(field)
            }
            func person(_ field: ArraySlice<UInt8>) -> Headers.Person? {
                let parts = Fields.split(field, by: Fields.unit)
                guard parts.count == 3, let name = string(parts[0]), let municipality = optional(parts[1]), let role = optional(parts[2])
                else { return nil }
                return Headers.Person(name: name, municipality: municipality, role: role)
            }
            guard let file = string(fields[0]), let title = string(fields[1]) else { return false }
            let optionals = fields[2...7].compactMap(optional)
            let lists = fields[8...11].map { Fields.split($0, by: Fields.record).compactMap(person) }
            guard optionals.count == 6, zip(lists, fields[8...11]).allSatisfy({ $0.count == Fields.split($1, by: Fields.record).count })
            else { return false }
            var scribe: [Headers.Person] = []
            if !fields[12].elementsEqual(Fields.none.utf8) {
                guard let person = person(fields[12]) else { return false }
                scribe = [person]
            }
            var next = (date: Headers.none, place: Headers.none)
            if !fields[13].elementsEqual(Fields.none.utf8) {
                let parts = Fields.split(fields[13], by: Fields.unit)
                guard parts.count == 2, let date = string(parts[0]), let place = optional(parts[1]) else { return false }
                next = (date, place)
            }
            table.append(
                Headers.Head(
                    file: file, title: title, format: optionals[0], date: optionals[1], dateAsWritten: optionals[2], dateNote: optionals[3],
                    network: optionals[4], place: optionals[5], nextDate: next.date, nextPlace: next.place,
                    attendees: lists[0].count, guests: lists[1].count, absent: lists[2].count, chairs: lists[3].count, scribe: !scribe.isEmpty),
                people: lists.joined() + scribe)
            return true
        }

        static func person(_ person: Person) -> String {
            Fields.joined([Fields.escaped(person.name), Fields.escaped(person.municipality), Fields.escaped(person.role)], by: Fields.unit)
        }
    }

    private(set) var files: [String: Entry] = [:]
    /// The files added as read in this run, not as the kept file holds them: an update appends
    /// these. (Only these are named: a set of every unchanged file was hashed file by file.)
    private var readNow = Set<String>()
    /// Whether this was read from a kept file of this reader version, whole: one that an update may
    /// append to.
    private(set) var current = false
    /// The lines the kept file holds, those a later line replaced included.
    private(set) var keptLines = 0
    /// How many of them were read to load it: none when the kept headers said where every file is.
    private(set) var headsRead = 0
    /// Whether the kept headers said what every file's entry is (none of its heads read): a part
    /// with what changed may then be appended to them.
    private(set) var fromKeptHeaders = false
    /// The blocks this run's readings were kept in as they were read (`keep`): saved as they are.
    private var written: KeptBlocks?
    /// The lines those blocks hold.
    private var writtenLines = 0
    /// Where the blocks of the kept file this was read from are in it.
    private(set) var keptBlocks: [Range<Int>] = []

    /// Where a file's meetings are in the kept file: the block (by its place among the file's
    /// blocks), the bytes within it once inflated, and their check.
    struct Spot: Sendable, Equatable {
        let block: Int
        let range: Range<Int>
        let check: UInt32

        /// Of a file not saved as its head says (its line did not encode): it is read again.
        static let unknown = Spot(block: -1, range: 0..<0, check: 0)

        init(block: Int, range: Range<Int>, check: UInt32) { (self.block, self.range, self.check) = (block, range, check) }

        /// Where a place is once its blocks are saved after `first` others.
        init(_ place: KeptBlocks.Place, after first: Int = 0) { self.init(block: first + place.block, range: place.range, check: place.check) }
    }

    /// What a kept file holds once saved: where each file's meetings are, how many lines it holds
    /// and where its blocks are. Kept with the headers (`KeptHeaders`), so the next run need not
    /// read every head, nor the file to find its blocks.
    struct Saved: Sendable {
        /// Where the files written by this save are.
        var spots: [String: Spot] = [:]
        var lines = 0
        var blocks: [Range<Int>] = []
        /// Whether a file taken as the kept file held it is where it was (the file was appended to,
        /// or not written): only what was written is then in `spots` (every file's spot gathered
        /// into one dictionary was most of saving an update of one file of 100,000).
        var unchangedStay = false

        /// Where a file's meetings are once saved; `unchanged`: its entry taken as the kept file held it.
        func spot(of file: String, _ entry: Entry, unchanged: Bool) -> Spot {
            if let spot = spots[file] { return spot }
            guard unchanged, unchangedStay, case .kept(let place) = entry.body else { return .unknown }
            return Spot(place)
        }
    }

    /// Two blocks at a time: one of heads (`HeadLine`), a line per file, and one of the files'
    /// meetings as JSON, one after another, where each head says. Each block of heads starts with a
    /// line naming the format and reader, so a pair out of step (a block lost) is not read. A later head for a file replaces an earlier one; one
    /// that is its file alone says the file is gone. An update reads every head (unless the kept
    /// headers hold them, `KeptHeaders`) and few files' meetings: kept apart, the meetings are
    /// inflated only when asked for (10,000 files: 8 MB of heads, 74 MB of meetings).
    private static var header: Data { Data("minnes-readings 9\t\(readerVersion)\n".utf8) }

    /// A cache for a run over `kept`, holding its entries as they are: the run adds what it reads and
    /// removes what is gone, not every file again (each added is hashed; 100,000 files, 0.1 s).
    init(holding kept: ReadingCache) { files = kept.files }

    init() {}

    /// No entry for file.
    mutating func remove(_ file: String) {
        files[file] = nil
        readNow.remove(file)
    }

    /// Adds a file's entry; `unchanged`: taken as the kept file holds it. (One added as read stays
    /// among those to save, whatever is added for it later: saved again, it is only written twice.)
    mutating func add(_ file: String, _ entry: Entry, unchanged: Bool = false) {
        files[file] = entry
        if !unchanged { readNow.insert(file) }
    }

    /// Adds the entries of files read in this run, their meetings kept in blocks as the kept file
    /// holds them (encoded and blocks deflated on every core) and decoded from there when needed: a
    /// corpus read anew is not held whole in memory, and the blocks are saved as they are.
    mutating func keep(_ read: [(file: String, entry: Entry)], scratchIn folder: String) throws {
        let blocks = written ?? KeptBlocks(scratchIn: folder)
        written = blocks
        let encoded = Outcomes<Result<Line, any Error>>(count: read.count)
        DispatchQueue.concurrentPerform(iterations: read.count) { number in
            encoded.set(number, Result { try Self.line(read[number].file, read[number].entry, JSONEncoder()) })
        }
        let lines = try encoded.items.map { try $0!.get() }
        let pairs = Self.pairs(lines)
        var added: [Int] = []
        do {
            try Self.deflate(pairs) { added.append(try blocks.add($0)) }
        } catch {
            // A pair half written would put every later pair out of step: these blocks are not saved
            // as they are (what was kept in them is still read from them, and encoded anew to save).
            (written, writtenLines) = (nil, 0)
            throw error
        }
        writtenLines += lines.count
        // Their headers in one table, as a kept block's: a table of each file's held through the run
        // was a sixth of a new index's memory (each a few arrays, grown, and every name again).
        var table = Headers(), runs: [Range<Int>] = []
        for (_, entry) in read {
            var map: [Headers.Number] = []
            let first = table.count
            table.append(entry.headers.range, of: entry.headers.table.headers, map: &map)
            runs.append(first..<table.count)
        }
        let shared = HeaderTable(table)
        for (number, pair) in pairs.enumerated() {
            for (index, place) in zip(pair.lines, pair.places) {
                let kept = KeptBlocks.Place(blocks: blocks, block: added[2 * number + 1], range: place, check: lines[index].head?.check ?? 0)
                add(read[index].file, Entry(read[index].entry, kept: kept, headers: HeaderRun(shared, runs[index])))
            }
        }
    }

    /// Appends files' entries to a kept file: those read again in a run after it was saved (their
    /// kept meetings did not read back). A later line for a file replaces an earlier one.
    static func append(_ entries: [(file: String, entry: Entry)], to url: URL) throws {
        let lines = try entries.map { try line($0.file, $0.entry, JSONEncoder()) }
        try OwnerOnlyFile.append(to: url) { add in try deflate(pairs(lines), add: add) }
    }

    /// A file's head (nil: the file is gone) and its meetings' JSON.
    struct Line {
        let file: String
        let head: Head?
        /// Its meetings' headers, written in its head.
        var headers: [Meeting] = []
        let body: Data
    }

    private static func line(_ file: String, _ entry: Entry?, _ encoder: JSONEncoder) throws -> Line {
        guard let entry else { return Line(file: file, head: nil, body: Data()) }
        let body = try StoredJSON.$compact.withValue(true) { try entry.encodedBody(encoder) }
        return Line(
            file: file, head: Head(stat: entry.stat, hash: entry.hash, notes: entry.notes, check: Deflate.checksum(body)),
            headers: entry.headers.meetings, body: body)
    }

    /// A block of heads and the block of their bodies, the lines they hold and each line's place.
    typealias Pair = (heads: Data, bodies: Data, lines: Range<Int>, places: [Range<Int>])

    /// Pairs deflated in order, heads then bodies, each block handed to add.
    static func deflate(_ pairs: [Pair], add: (Data) throws -> Void) throws {
        try Deflate.compress(each: pairs.flatMap { [$0.heads, $0.bodies] }, level: Deflate.small, add: add)
    }

    /// Lines cut into pairs of blocks' texts of about blockSize, in order: the heads (after the format
    /// line), each saying where its meetings are in the bodies; which lines each holds and where their
    /// meetings are. No lines make one pair, of the format line alone: a cache of no files.
    static func pairs(_ lines: [Line], blockSize: Int = blockSize) -> [Pair] {
        guard !lines.isEmpty else { return [(header, Data(), 0..<0, [])] }
        var pairs: [Pair] = []
        var heads = header, bodies = Data(), places: [Range<Int>] = [], start = 0
        for (number, line) in lines.enumerated() {
            let place = bodies.count..<(bodies.count + line.body.count)
            var head = line.head
            head?.body = place
            heads += Data(HeadLine.line(line.file, head, headers: line.headers).utf8)
            heads.append(UInt8(ascii: "\n"))
            bodies += line.body
            places.append(place)
            if heads.count + bodies.count >= blockSize || number == lines.count - 1 {
                pairs.append((heads, bodies, start..<(number + 1), places))
                (heads, bodies, places, start) = (header, Data(), [], number + 1)
            }
        }
        return pairs
    }

    /// Reads a kept file: its blocks of heads inflated and decoded on every core, a block each at a
    /// time (an update takes every unchanged file's headers from here); the meetings are read from
    /// the kept file (`KeptBlocks`), inflated and checked, only for the files resolved or written again.
    static func load(_ url: URL, headers keptHeaders: KeptHeaders? = nil) -> ReadingCache {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return ReadingCache() }
        // The blocks are read from here again as they are asked for (`KeptBlocks`), not held.
        let blocks = KeptBlocks(reading: descriptor)
        // The kept headers of this very file say where every file's meetings are: no head is read,
        // nor the file.
        var info = stat()
        if let keptHeaders, let saved = keptHeaders.readings, fstat(descriptor, &info) == 0, Stat(info).unchanged(since: saved.file),
            saved.blocks.last?.upperBound == Int(info.st_size)
        {
            for span in saved.blocks { blocks.add(at: span.lowerBound, count: span.count) }
            var cache = ReadingCache()
            // (Mapped, not added one by one: the same table of files, none hashed again. Filtered, a
            // new table, only when a block is not there, never expected.)
            let inBlocks = { (kept: KeptHeaders.File) in saved.blocks.indices.contains(kept.block) }
            let kept = keptHeaders.files.values.allSatisfy(inBlocks) ? keptHeaders.files : keptHeaders.files.filter { inBlocks($0.value) }
            cache.files = kept.mapValues { kept in
                let place = KeptBlocks.Place(blocks: blocks, block: kept.block, range: kept.head.body, check: kept.head.check)
                return Entry(kept.head, headers: HeaderRun(keptHeaders.table(of: kept), kept.heads), body: .kept(place))
            }
            (cache.keptLines, cache.keptBlocks, cache.current, cache.fromKeptHeaders) = (saved.lines, saved.blocks, true, true)
            return cache
        }
        guard let kept = try? FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd() else { return ReadingCache() }
        let (spans, whole) = Deflate.spans(kept)
        // Each block of heads' lines, and the entries of those that read (a damaged line only means
        // that file is read again); nil: the block did not inflate, or does not start with the format
        // and reader.
        let read = Outcomes<(lines: Int, entries: [(file: String, entry: Entry?)])>(count: spans.count / 2)
        DispatchQueue.concurrentPerform(iterations: spans.count / 2) { pair in
            guard let data = Deflate.inflate(kept, spans[2 * pair]), data.starts(with: header) else { return }
            let lines = lineRanges(of: data, from: header.count)
            // The block's headers in one table: its strings made once.
            // (Those `kept` holds are taken from there.)
            var table = Headers(), heads: [(file: String, head: Head?, headers: Range<Int>, kept: HeaderTable?)] = []
            for line in lines {
                guard let head = HeadLine.head(Array(data[line])[...], into: &table, kept: keptHeaders) else { continue }
                heads.append(head)
            }
            let shared = HeaderTable(table)
            read.set(pair, (lines.count, heads.map { file, head, headers, keptTable in
                guard let head else { return (file, nil) }
                let place = KeptBlocks.Place(blocks: blocks, block: 2 * pair + 1, range: head.body, check: head.check)
                return (file, Entry(head, headers: HeaderRun(keptTable ?? shared, headers), body: .kept(place)))
            }))
        }
        var cache = ReadingCache()
        for pair in 0..<(spans.count / 2) {
            // What follows a block that does not read is not read either: the file is then not whole.
            guard let (lines, entries) = read.items[pair] else { break }
            for span in spans[(2 * pair)...(2 * pair + 1)] { blocks.add(at: span.lowerBound, count: span.count) }
            // A later line replaces an earlier one.
            for (file, entry) in entries { cache.files[file] = entry }
            (cache.keptLines, cache.headsRead) = (cache.keptLines + lines, cache.headsRead + lines)
        }
        guard blocks.count > 0 else { return ReadingCache() }
        cache.keptBlocks = Array(spans.prefix(blocks.count))
        // A damaged tail (an append cut short) is not appended after: the next save writes anew.
        cache.current = whole && blocks.count == spans.count
        return cache
    }

    /// Where a buffer's non-empty lines are, found by memchr: Data's generic `split` took as long
    /// as inflating the whole cache.
    static func lineRanges(of data: Data, from offset: Int) -> [Range<Int>] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = offset
            while start < bytes.count {
                let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start).map { UnsafeRawPointer($0) - base } ?? bytes.count
                if end > start { ranges.append((data.startIndex + start)..<(data.startIndex + end)) }
                start = end + 1
            }
            return ranges
        }
    }

    /// What the kept file it was read from holds, when every entry is as it holds it (nothing to save).
    var asKept: Saved { Saved(lines: keptLines, blocks: keptBlocks, unchangedStay: true) }

    /// Where the files' meetings are in the blocks they are kept in, numbered after `first` others.
    private func spots<Files: Sequence<String>>(of files: Files, after first: Int = 0) -> [String: Spot] {
        var spots: [String: Spot] = [:]
        for file in files {
            if case .kept(let place) = self.files[file]?.body { spots[file] = Spot(place, after: first) }
        }
        return spots
    }

    /// Kept deflated: the meetings of every file as JSON are the largest thing beside the index.
    /// What changed since `kept` was loaded is appended to its file in blocks of its own (an update
    /// writes what it read, not every file's meetings again), until the file holds as many replaced
    /// lines as current ones; then, or when the file was not whole, every entry is written anew.
    @discardableResult
    func save(_ url: URL, over kept: ReadingCache, blockSize: Int = Self.blockSize) throws -> Saved {
        // What `keep` wrote is saved as its blocks; the rest is encoded here.
        let inBlocks = { (file: String) -> Bool in
            guard let written = self.written, case .kept(let place) = self.files[file]?.body else { return false }
            return place.blocks === written
        }
        let changed = readNow.filter { files[$0] != nil && !inBlocks($0) }.sorted()
        // The others were taken from kept: kept holds files gone only when it holds more than those
        // and the read ones it held (then looked for, file by file).
        let stillThere = files.count - readNow.count + readNow.count(where: { kept.files[$0] != nil })
        let gone = stillThere == kept.files.count ? [] : kept.files.keys.filter { files[$0] == nil }.sorted()
        let readCount = readNow.count
        // (Apart, not one `Saved`: spots are added while blocks are noted.)
        var spots: [String: Spot] = [:], placed: [Range<Int>] = []
        // Where each block added is in the file.
        func noted(_ block: Data) {
            let end = placed.last?.upperBound ?? 0
            placed.append(end..<(end + block.count))
        }
        let blocks = { (files: [String], add: (Data) throws -> Void) throws in
            try self.deflatedPairs(files, blockSize: blockSize, spots: &spots, first: placed.count, add: add)
        }
        // Those `keep` wrote are where their blocks are saved, after `first`.
        let keptNow = { (first: Int) in spots.merge(self.spots(of: self.readNow.filter(inBlocks), after: first)) { $1 } }
        if kept.current, kept.keptLines + readCount + gone.count <= 2 * files.count {
            placed = kept.keptBlocks
            // The others are where they were (`Saved.unchangedStay`).
            keptNow(placed.count)
            try OwnerOnlyFile.append(to: url) { add in
                func put(_ block: Data) throws {
                    try add(block)
                    noted(block)
                }
                try written?.forEach(put)
                if !(changed + gone).isEmpty { try blocks(changed + gone, put) }
            }
            return Saved(spots: spots, lines: kept.keptLines + writtenLines + changed.count + gone.count, blocks: placed, unchangedStay: true)
        }
        // Written a few blocks at a time: the whole cache as JSON is the size of the corpus's meetings.
        let others = files.keys.filter { !inBlocks($0) }.sorted()
        try OwnerOnlyFile.write(to: url) { add in
            func put(_ block: Data) throws {
                try add(block)
                noted(block)
            }
            if !others.isEmpty || (written?.count ?? 0) == 0 { try blocks(others, put) }
            keptNow(placed.count)
            try written?.forEach(put)
        }
        return Saved(spots: spots, lines: others.count + writtenLines, blocks: placed)
    }

    /// The files' lines in pairs of blocks (`pairs`), deflated a few pairs at a time on every core and
    /// handed to add in order: what is written is never held whole. A file whose kept meetings do not
    /// read back (never expected) is left out: it is read again next time. Where each file's meetings
    /// are is added to spots, the blocks numbered from `first`.
    private func deflatedPairs(
        _ files: [String], blockSize: Int, spots: inout [String: Spot], first: Int, add: (Data) throws -> Void
    ) throws {
        let encoder = JSONEncoder()
        var lines: [Line] = [], size = 0, start = true, block = first
        func flush() throws {
            let pairs = Self.pairs(lines, blockSize: blockSize)
            for (number, pair) in pairs.enumerated() {
                for (index, range) in zip(pair.lines, pair.places) {
                    if let check = lines[index].head?.check { spots[lines[index].file] = Spot(block: block + 2 * number + 1, range: range, check: check) }
                }
            }
            try Self.deflate(pairs, add: add)
            block += 2 * pairs.count
            (lines, size, start) = ([], 0, false)
        }
        for file in files {
            guard let line = try? Self.line(file, self.files[file], encoder) else { continue }
            lines.append(line)
            size += line.body.count
            if size >= blockSize * ProcessInfo.processInfo.activeProcessorCount { try flush() }
        }
        if !lines.isEmpty || start { try flush() }
    }

    /// Each item's line (after `first`), cut into blocks of about blockSize, deflated a block per core
    /// at a time and handed to add in order: what is written is never held whole.
    static func deflated<Items: Sequence>(
        _ items: Items, first: Data = Data(), blockSize: Int = blockSize, line: (Items.Element) throws -> Data,
        add: (Data) throws -> Void
    ) throws {
        var data = first, filled: [Data] = []
        for item in items {
            data += try line(item)
            data.append(UInt8(ascii: "\n"))
            if data.count >= blockSize {
                filled.append(data)
                data = Data()
                if filled.count == ProcessInfo.processInfo.activeProcessorCount {
                    try Deflate.compress(each: filled, add: add)
                    filled = []
                }
            }
        }
        if !data.isEmpty { filled.append(data) }
        try Deflate.compress(each: filled, add: add)
    }

    /// Lines as one deflated block. Never the raw lines: appended undeflated, they would be a damaged
    /// tail, and every file after them read again.
    static func block(_ lines: Data) throws -> Data {
        guard let block = Deflate.compress(lines) else { throw CocoaError(.fileWriteUnknown) }
        return block
    }

    /// About how much JSON a block of the cache holds: a file's meetings taken from it inflate their
    /// block again (`KeptBlocks`), so blocks are small enough for that to cost little. (An update of
    /// 100 files of 10,000 inflated 1 MB blocks for a quarter of a second to count the words the
    /// files held before; deflate's window is 32 KB, so smaller blocks deflate as small.)
    static let blockSize = 1 << 18

    static func status(of path: String) -> Stat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stat(info)
    }
}

/// A file's meetings' headers: a run of a table's heads (a kept block's, shared by its files).
struct HeaderRun: Sendable {
    let table: HeaderTable
    let range: Range<Int>

    init(_ table: HeaderTable, _ range: Range<Int>) { (self.table, self.range) = (table, range) }

    init(_ meetings: [Meeting]) { self.init(HeaderTable(Headers(meetings)), 0..<meetings.count) }

    static let none = HeaderRun([])

    var meetings: [Meeting] { range.map(table.headers.meeting) }
}

/// A table of headers only read from (its strings' lookup let go).
final class HeaderTable: Sendable {
    let headers: Headers
    init(_ headers: Headers) { self.headers = headers.sealed }
}

/// A reading cache's blocks, deflated as the kept file holds them, from which an entry's meetings are
/// taken when asked for: a block read and inflated again, the last few kept inflated for the entries
/// beside. The blocks are not held in memory (a tenth of a corpus's size): they are read back from
/// the kept file they were loaded from (its descriptor kept open, so it may be replaced meanwhile),
/// or from an unnamed scratch file this run's blocks are written to as they are made.
final class KeptBlocks: @unchecked Sendable {
    /// Where an entry's meetings' JSON is: its block, and the bytes within it once inflated.
    struct Place: Sendable {
        let blocks: KeptBlocks
        let block: Int
        let range: Range<Int>
        /// Their CRC-32: raw deflate carries no check, and the heads are read without the meetings.
        let check: UInt32

        /// The meetings' JSON; an error when the block does not inflate or they are not as checked.
        func bytes() throws -> Data {
            guard let inflated = blocks.inflated(block, through: range.upperBound), range.upperBound <= inflated.count else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let bytes = inflated[range]
            guard Deflate.checksum(bytes) == check else { throw CocoaError(.fileReadCorruptFile) }
            return bytes
        }
    }

    /// The file the blocks are read from; -1 when no scratch file could be made: then they are held.
    private let descriptor: Int32
    /// Each block's offset and length in the file.
    private var spans: [(offset: Int, count: Int)] = []
    private var held: [Data] = []
    private var end = 0
    private let lock = NSLock()
    private var recent: [(block: Int, bytes: Data)] = []

    /// How many inflated blocks are kept: enough for every core walking its own part in order (the
    /// meetings are asked for in the order they are kept, `ReadMeetings.inDecodingOrder`). Each is
    /// about a megabyte, held while documents are written.
    private static let keep = 2 * ProcessInfo.processInfo.activeProcessorCount

    /// The blocks of a kept file, open at `descriptor` (now theirs to close).
    init(reading descriptor: Int32) { self.descriptor = descriptor }

    /// Blocks made in this run, written to a scratch file in `folder`, unlinked at once: owner-only,
    /// and nothing is left behind however the run ends.
    init(scratchIn folder: String) {
        var template = Array((folder + "/.minnes-scratch-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        if descriptor >= 0 { template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) } }
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Adds a block of the kept file, at `offset`; its number.
    @discardableResult func add(at offset: Int, count: Int) -> Int {
        lock.withLock {
            spans.append((offset, count))
            return spans.count - 1
        }
    }

    /// Adds a block made in this run (to the scratch file); its number.
    func add(_ block: Data) throws -> Int {
        try lock.withLock {
            guard descriptor >= 0 else {
                held.append(block)
                return held.count - 1
            }
            var written = 0
            while written < block.count {
                let count = block.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, $0.count - written, off_t(end + written)) }
                guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
                written += count
            }
            spans.append((end, block.count))
            end += block.count
            return spans.count - 1
        }
    }

    var count: Int { lock.withLock { descriptor >= 0 ? spans.count : held.count } }

    /// Each block in order, read one at a time.
    func forEach(_ body: (Data) throws -> Void) throws {
        for number in 0..<count {
            guard let block = block(number) else { throw CocoaError(.fileReadUnknown) }
            try body(block)
        }
    }

    /// A block as the file holds it (mark and lengths first).
    private func block(_ number: Int) -> Data? {
        guard descriptor >= 0 else { return lock.withLock { held.indices.contains(number) ? held[number] : nil } }
        guard let span = lock.withLock({ spans.indices.contains(number) ? spans[number] : nil }) else { return nil }
        var data = Data(count: span.count)
        var done = 0
        while done < span.count {
            let count = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, span.count - done, off_t(span.offset + done)) }
            guard count > 0 else { return nil }
            done += count
        }
        return data
    }

    /// A block's original bytes up to `end` at least. A block first asked for is inflated only up to
    /// there (an update asks for a few files' meetings, each in a block of its own: half a block each,
    /// on average); asked again for more, it is inflated whole (the meetings are asked for in the
    /// order they are kept, so the rest of it is likely to be asked for too).
    func inflated(_ block: Int, through end: Int) -> Data? {
        let found = lock.withLock { recent.first { $0.block == block }?.bytes }
        if let found, found.count >= end { return found }
        // Read and inflated outside the lock: another core may do the same block meanwhile, which costs only time.
        guard let deflated = self.block(block), let bytes = Deflate.prefix(deflated, at: deflated.startIndex, count: found == nil ? end : nil)
        else { return nil }
        let rebased = Data(bytes)
        lock.withLock {
            recent.removeAll { $0.block == block }
            recent.append((block, rebased))
            if recent.count > Self.keep { recent.removeFirst() }
        }
        return rebased
    }
}
