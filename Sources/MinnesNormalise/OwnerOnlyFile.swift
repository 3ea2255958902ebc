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
}
