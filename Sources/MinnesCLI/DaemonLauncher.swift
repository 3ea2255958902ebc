import Foundation
import MinnesAPI

/// Starts `minnesd` in the background when no daemon answers, the way Bazel's client starts its server.
enum DaemonLauncher {
    static let startTimeout: TimeInterval = 30
    /// A daemon started here ends after three hours without a question (else `MINNES_IDLE_EXIT`).
    static let idleExit = 3 * 3600

    /// Starts a daemon for locations and waits until it answers. Many `minnes` started at once start
    /// one daemon: each takes the lock beside the socket in turn, and the first starts it while the
    /// others wait, then find it answering.
    static func start(_ locations: Locations) throws {
        let lockPath = locations.socket + ".lock"
        let lock = open(lockPath, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw CLIError.usage("cannot open \(lockPath): \(String(cString: strerror(errno)))")
        }
        defer { close(lock) }  // and with it the lock
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw CLIError.usage("cannot lock \(lockPath): \(String(cString: strerror(errno)))") }
        }
        if socketIsAnswering(locations.socket) { return }  // another minnes started it meanwhile

        let log = locations.socket + ".log"
        // minnes has checked the socket's folder already (or the user allowed it): the daemon need not.
        let pid = try spawn(
            try daemonExecutable(),
            arguments: ["--index", locations.index, "--socket", locations.socket, "--allow-shared-dir"]
                + idleExitArguments(ProcessInfo.processInfo.environment["MINNES_IDLE_EXIT"]),
            log: log)
        printError("minnes: started minnesd (pid \(pid)) for \(locations.index); log in \(log)")

        let deadline = Date().addingTimeInterval(startTimeout)
        while Date() < deadline {
            if socketIsAnswering(locations.socket) { return }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { break }  // it exited: no point waiting
            usleep(50_000)
        }
        throw CLIError.daemonDidNotStart(locations.socket, log: log)
    }

    /// How long the daemon waits for a question before it ends: `MINNES_IDLE_EXIT` seconds, or
    /// `never`; unset, three hours. A value that is neither is said, and three hours hold.
    static func idleExitArguments(_ value: String?) -> [String] {
        guard let value, !value.isEmpty else { return ["--idle-exit", String(idleExit)] }
        if value.lowercased() == "never" { return [] }
        if let seconds = Int(value), Locations.idleExitRange.contains(seconds) { return ["--idle-exit", String(seconds)] }
        printError(
            "minnes: MINNES_IDLE_EXIT=\(value) is neither seconds (\(Locations.idleExitRange.lowerBound) to "
                + "\(Locations.idleExitRange.upperBound)) nor never; the daemon ends after \(idleExit) s without a question")
        return ["--idle-exit", String(idleExit)]
    }

    /// `minnesd` beside this executable (as built and installed together), else on PATH.
    static func daemonExecutable() throws -> String {
        let fileManager = FileManager.default
        if let me = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            let sibling = (me as NSString).deletingLastPathComponent + "/minnesd"
            if fileManager.isExecutableFile(atPath: sibling) { return sibling }
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") where fileManager.isExecutableFile(atPath: "\(directory)/minnesd") {
            return "\(directory)/minnesd"
        }
        throw CLIError.daemonNotFound
    }

    /// Spawns a process in a new session (so a terminal's hang-up or Ctrl-C does not reach it), with no
    /// input, its output appended to log, and no other file descriptor of ours.
    static func spawn(_ executable: String, arguments: [String], log: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // Owner-only, and never through a symlink someone put where the log goes.
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of ours goes with it: an inherited pipe would keep whoever waits on it waiting.
        // (glibc ignores a close of a descriptor that is no longer open, such as the listing's own.)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let fd = Int32(name), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setsid: Int16 = 0x80  // POSIX_SPAWN_SETSID, glibc
        posix_spawnattr_setflags(&attributes, setsid)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw CLIError.usage("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return pid
    }
}
