import Foundation

/// A filter program run the way Omega and Recoll run theirs: found on PATH, arguments as an array
/// (no shell), its output bounded in size and its run in time.
struct ExternalTool: Sendable {
    let name: String
    /// The Debian package that has it, for the warning when it is missing.
    let package: String
    static let timeLimit: TimeInterval = 30
    static let outputLimit = 50_000_000

    var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Outcome {
        let status: Int32
        let output: Data
        let errors: String

        /// What went wrong, for the warning: a line of what the tool said (its first, or its last
        /// where it says the cause last), else its exit status.
        func failure(lastLine: Bool = false) -> String {
            let lines = errors.split(separator: "\n")
            return (lastLine ? lines.last : lines.first).map(String.init) ?? "exit \(status)"
        }
    }

    /// Runs it on arguments, stopped after `timeLimit` seconds; `environment` adds to the run's own.
    func run(_ arguments: [String], timeLimit: TimeInterval = timeLimit, environment: [String: String] = [:]) throws -> Outcome {
        guard let executable else { throw ExtractError.toolMissing(tool: name, package: package) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), errors = Pipe()
        (process.standardOutput, process.standardError) = (output, errors)
        try process.run()
        // Read both pipes while it runs (a full pipe would stall it); stop it past the limits.
        nonisolated(unsafe) var stdout = Data(), stderr = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            while let chunk = try? output.fileHandleForReading.read(upToCount: 65_536), !chunk.isEmpty {
                stdout.append(chunk)
                if stdout.count > Self.outputLimit { process.terminate() }
            }
        }
        DispatchQueue.global().async(group: group) {
            // What it says on stderr is for the warning: its start is enough.
            while let chunk = try? errors.fileHandleForReading.read(upToCount: 65_536), !chunk.isEmpty {
                if stderr.count < 65_536 { stderr.append(chunk) }
            }
        }
        let deadline = DispatchTime.now() + timeLimit
        if group.wait(timeout: deadline) == .timedOut {
            // Asked to stop, then made to: a filter that ignores SIGTERM must not hold the run.
            process.terminate()
            if group.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw ExtractError.toolFailed(tool: name, "no answer within \(Int(timeLimit)) s")
        }
        process.waitUntilExit()
        if stdout.count > Self.outputLimit {
            throw ExtractError.toolFailed(tool: name, "more than \(Self.outputLimit / 1_000_000) MB of text")
        }
        return Outcome(status: process.terminationStatus, output: stdout, errors: String(decoding: stderr, as: UTF8.self))
    }
}

/// A folder of the user's alone in the temporary folder, for what a tool reads or writes of the
/// minutes (an attachment, a scan's pages), removed afterwards.
enum PrivateFolder {
    static func with<T>(_ use: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minnes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try use(folder)
    }

    /// What `read` makes of a private temporary copy of data (the tools read files), named as `what`
    /// (of a file of `format`) should it not be written.
    static func withCopy<T>(_ data: Data, of what: String, format: Format, _ read: (String) throws -> T) throws -> T {
        try with { folder in
            let file = folder.appendingPathComponent("part")
            guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw ExtractError.corrupt(format, "cannot keep \(what) to read it")
            }
            return try read(file.path)
        }
    }
}
