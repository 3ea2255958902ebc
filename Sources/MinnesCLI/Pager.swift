import Foundation

/// Long output goes through $PAGER (default `less -R`) when a person is reading at a terminal.
enum Pager {
    static func show(_ text: String) {
        guard isatty(STDOUT_FILENO) == 1, text.split(separator: "\n").count > terminalRows() - 2 else {
            print(text, terminator: "")
            return
        }
        let command = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
            pipe.fileHandleForWriting.write(Data(text.utf8))
            try pipe.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            print(text, terminator: "")
        }
    }

    static func terminalRows() -> Int {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 ? Int(size.ws_row) : 24
    }
}
