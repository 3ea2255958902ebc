import Foundation

/// The files Minnes keeps beside an index (word lists, lexicon, readings) hold what the minutes
/// say: written owner-only (0600), whole, replaced at once so a reader never sees half.
public enum OwnerOnlyFile {
    public static func write(_ data: Data, to url: URL) throws {
        let temporary = url.path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary])
        }
        guard rename(temporary, url.path) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }

    /// Adds data at the end of a file Minnes wrote (owner-only already). A write cut short leaves a
    /// damaged tail, which the reader of the file must know to stop at.
    public static func append(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
    }
}
