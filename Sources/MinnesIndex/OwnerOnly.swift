import Foundation

/// The minutes hold personal data: an index folder is 0700 and its files 0600, whatever the umask.
enum OwnerOnly {
    /// Takes group and other bits off the folder, its files and its shards' folders and files;
    /// whether anything was open to others.
    static func tighten(_ folder: String) -> Bool {
        var wider = false
        func restrict(_ path: String, depth: Int) {
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return }
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            if info.st_mode & 0o077 != 0 {
                wider = true
                chmod(path, isFolder ? 0o700 : 0o600)
            }
            guard isFolder, depth < 2 else { return }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                restrict(path + "/" + name, depth: depth + 1)
            }
        }
        restrict(folder, depth: 0)
        return wider
    }
}
