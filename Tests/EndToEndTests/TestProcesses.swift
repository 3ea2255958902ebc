import Foundation

/// The processes the tests start, found again by a mark in their environment.
///
/// `World.environment` gives every process it runs two variables, which a daemon inherits also when
/// `minnes` starts it in the background:
/// - `MINNES_TEST_RUN`: the run; taken from the environment when Scripts/test sets it (so the script
///   can look for leftovers after `swift test`), else one of this process's own;
/// - `MINNES_TEST_WORLD`: the world, `<pid of this test process>/<uuid>`.
///
/// A world stops every `minnesd` with its mark when it ends (its own daemon and any `minnes` started).
/// At the process's exit, a `minnesd` still carrying this process's mark fails the run: it is reported,
/// stopped, and the test process exits with status 1 (a static world, never deinitialised, is caught so).
enum TestProcesses {
    static let run: String = {
        let inherited = ProcessInfo.processInfo.environment["MINNES_TEST_RUN"] ?? ""
        return inherited.isEmpty ? UUID().uuidString : inherited
    }()
    /// Begins the mark of every world of this process.
    static let process = "\(getpid())/"

    /// Scratch space for the whole process (indexes that many worlds serve); removed at exit.
    static let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-e2e-indexes-\(getpid())")

    /// Registers the check at exit, once; every world touches it.
    static let checkAtExit: Void = { atexit { TestProcesses.atExit() } }()

    /// The `minnesd` processes whose `MINNES_TEST_WORLD` satisfies mark.
    static func daemons(_ mark: (String) -> Bool) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { pid_t($0) }.filter { pid in
            guard let comm = read("/proc/\(pid)/comm"), String(decoding: comm, as: UTF8.self) == "minnesd\n",
                let environ = read("/proc/\(pid)/environ")
            else { return false }
            return environ.split(separator: 0).contains { entry in
                let text = String(decoding: entry, as: UTF8.self)
                return text.hasPrefix("MINNES_TEST_WORLD=") && mark(String(text.dropFirst("MINNES_TEST_WORLD=".count)))
            }
        }
    }

    /// SIGTERM to each, then waits until every one is gone; SIGKILL to any still there after 10 s.
    static func stop(_ pids: [pid_t]) {
        guard !pids.isEmpty else { return }
        for pid in pids { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, pids.contains(where: isAlive) { usleep(10_000) }
        for pid in pids where isAlive(pid) {
            kill(pid, SIGKILL)
            while isAlive(pid) { usleep(10_000) }
        }
    }

    /// Running, not only a zombie nobody reaps (an orphan's parent may be an init that does not reap).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0, let stat = read("/proc/\(pid)/stat") else { return false }
        // "pid (comm) S …": the state follows the last ')'.
        guard let close = stat.lastIndex(of: UInt8(ascii: ")")), close + 2 < stat.count else { return false }
        return stat[close + 2] != UInt8(ascii: "Z")
    }

    private static func atExit() {
        try? FileManager.default.removeItem(at: scratch)
        let left = daemons { $0.hasPrefix(process) }
        guard !left.isEmpty else { return }
        let message = "error: the tests left minnesd running (pid \(left.map(String.init).joined(separator: ", "))); stopping it\n"
        fflush(nil)
        FileHandle.standardError.write(Data(message.utf8))
        stop(left)
        _exit(1)
    }

    /// A file of /proc whole (their size reads as 0, so read to the end).
    private static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }
}
