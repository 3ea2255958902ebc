import ArgumentParser
import Foundation
import MinnesAPI

struct StopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop the daemon that serves the index (after an upgrade, say); the next search starts a new one."
    )

    @OptionGroup var daemon: DaemonOptions

    static let timeout: TimeInterval = 10

    func run() throws {
        let locations = try daemon.locations()
        guard socketIsAnswering(locations.socket) else {
            printError("minnes: no daemon answers on \(locations.socket)")
            throw ExitCode(1)
        }
        // The pid the kernel gives for the socket's peer, never one the daemon says: a process that
        // answers on the socket cannot make us signal another.
        let pid = try DaemonClient(socketPath: locations.socket).get(Route.health).peer.pid
        guard pid > 1 else { throw CLIError.daemon("the kernel names no process (pid \(pid)) for \(locations.socket)") }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(Self.timeout)
        while FileManager.default.fileExists(atPath: locations.socket) && Date() < deadline { usleep(50_000) }
        guard !FileManager.default.fileExists(atPath: locations.socket) else {
            throw CLIError.daemon("minnesd (pid \(pid)) did not stop within \(Int(Self.timeout)) s")
        }
        printError("minnes: stopped minnesd (pid \(pid))")
    }
}
