import ArgumentParser
import Foundation
import MinnesAPI
import MinnesIndex

/// Serves an index to other machines' daemons through Xapian's own remote server, `xapian-tcpsrv`,
/// which this command becomes (exec): `minnesd --index tcp://HOST:PORT` then searches it beside others.
struct ServeShardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-shard",
        abstract: "Serve an index to minnesd on other machines, through xapian-tcpsrv.",
        discussion: """
            xapian-tcpsrv has no authentication and no encryption: whoever reaches the port reads the \
            whole index. So only a loopback or private address (127.0.0.0/8, ::1, 10/8, 172.16/12, \
            192.168/16, fc00::/7) is accepted, and it belongs behind a firewall that lets in only the \
            daemon's machine. Across untrusted networks, use ssh://HOST/PATH instead (xapian-progsrv \
            over ssh). See docs/SCALING.md.
            """
    )

    @Option(help: "Index folder to serve (default: $MINNES_INDEX, else ./Index).")
    var index: String?

    @Option(help: ArgumentHelp("The address and port to listen on.", valueName: "host:port"))
    var listen: String

    func run() throws {
        let locations = try Locations.resolve(index: index, socket: "unused")
        guard locations.indexes.count == 1, case .local(let path) = locations.indexes[0].location else {
            throw CLIError.usage("serve-shard serves one local index folder, not \(locations.index)")
        }
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
            (1...65535).contains(port)
        else { throw CLIError.usage("--listen wants HOST:PORT, such as 127.0.0.1:7000, not \(listen)") }
        let host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard Self.isPrivate(host) else {
            throw CLIError.usage(
                "\(host) is not a loopback or private address: xapian-tcpsrv has no authentication; "
                    + "reach other networks through ssh://HOST/PATH instead")
        }
        let databases = ShardLayout.databases(at: path)
        guard databases.allSatisfy({ FileManager.default.fileExists(atPath: $0 + "/iamglass") }) else {
            throw CLIError.usage("no index at \(path): run `minnes index` first")
        }
        let arguments = ["xapian-tcpsrv", "--interface", host, "--port", String(port)] + databases
        let pointers = arguments.map { strdup($0) } + [nil]
        execvp("xapian-tcpsrv", pointers)
        throw CLIError.usage("cannot run xapian-tcpsrv (\(String(cString: strerror(errno)))): install xapian-tools")
    }

    /// Loopback or a private network's address (names are not resolved: say the address).
    static func isPrivate(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        if host.lowercased().hasPrefix("fc") || host.lowercased().hasPrefix("fd") { return host.contains(":") }
        let parts = host.split(separator: ".").compactMap { UInt8($0) }
        guard parts.count == 4 else { return false }
        switch (parts[0], parts[1]) {
        case (127, _), (10, _), (192, 168): return true
        case (172, let second): return (16...31).contains(second)
        default: return false
        }
    }
}
