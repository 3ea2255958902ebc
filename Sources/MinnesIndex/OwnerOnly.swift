import Foundation

/// The minutes hold personal data: an index folder is 0700 and its files 0600, whatever the umask.
enum OwnerOnly {
    /// Takes group and other bits off the folder and the files directly in it (Xapian keeps no
    /// subfolders); whether anything was open to others.
    static func tighten(_ folder: String) -> Bool {
        var wider = false
        func restrict(_ path: String, to mode: mode_t) {
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return }
            if info.st_mode & 0o077 != 0 {
                wider = true
                chmod(path, mode)
            }
        }
        restrict(folder, to: 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            restrict(folder + "/" + name, to: 0o600)
        }
        return wider
    }
}
