import Foundation

/// The files Minnes keeps beside an index (word lists, lexicon, readings) hold what the minutes
/// say: written owner-only (0600), whole, replaced at once so a reader never sees half.
public enum OwnerOnlyFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { add in try add(data) }
    }

    /// Writes a file part by part (`add` each), so the whole need not be in memory at once; still
    /// owner-only and replaced at once when every part is written.
    public static func write(to url: URL, parts: (_ add: (Data) throws -> Void) throws -> Void) throws {
        // A temporary of this write's own (mkstemp: 0600, a name no other write has): two indexers,
        // or two threads of one, may write the one word-list table in the user's cache at once.
        var template = Array((url.path + ".XXXXXX.tmp").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        // Closed once, here, whatever happens: a second close would close whatever another thread
        // opened under the same number since (an index's compaction lost its file so).
        var failure: Error?
        do { try parts { data in try write(data, to: descriptor, path: temporary) } } catch { failure = error }
        if close(descriptor) != 0, failure == nil { failure = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary]) }
        if failure == nil, rename(temporary, url.path) != 0 { failure = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Adds data at the end of a file Minnes wrote (owner-only already), part by part. A write cut
    /// short leaves a damaged tail, which the reader of the file must know to stop at.
    public static func append(to url: URL, parts: (_ add: (Data) throws -> Void) throws -> Void) throws {
        let descriptor = open(url.path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        try parts { data in try write(data, to: descriptor, path: url.path) }
    }

    private static func write(_ data: Data, to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            offset += written
        }
    }
}
