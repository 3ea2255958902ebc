import Foundation

/// One database a search reads, as `--index` and `MINNES_INDEX` write it: an index folder (or a Xapian
/// stub file listing several), `tcp://HOST:PORT` (a `xapian-tcpsrv`), or `ssh://HOST/PATH` (the index
/// at PATH on HOST, through `xapian-progsrv` over ssh). `NAME=` in front names its archive.
public struct IndexAddress: Sendable, Equatable, CustomStringConvertible {
    public enum Location: Sendable, Equatable {
        case local(String)
        case tcp(host: String, port: Int)
        case ssh(host: String, path: String)
    }

    /// The archive's name as given (`ifo=…`), else nil: the index says, or the address does.
    public let name: String?
    public let location: Location

    public init(name: String? = nil, location: Location) {
        (self.name, self.location) = (name, location)
    }

    public var isLocal: Bool {
        if case .local = location { return true }
        return false
    }

    /// The address as written, without the name.
    public var description: String {
        switch location {
        case .local(let path): path
        case .tcp(let host, let port): "tcp://\(host):\(port)"
        case .ssh(let host, let path): "ssh://\(host)\(path)"
        }
    }

    /// An archive name: letters, digits, `.`, `_` and `-`, as ids carry it (`ifo:m1a2b3c4d5e6.3`).
    public static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 40 && text.allSatisfy { $0.isLetter || $0.isNumber || "._-".contains($0) }
    }

    /// One address; a relative folder is taken from the current directory.
    public static func parse(_ text: String) throws(IndexAddressError) -> IndexAddress {
        var rest = Substring(text)
        var name: String?
        if let equals = rest.firstIndex(of: "="), !rest[..<equals].contains("/") {
            name = String(rest[..<equals])
            guard isName(name!) else { throw .badName(name!) }
            rest = rest[rest.index(after: equals)...]
        }
        if rest.hasPrefix("tcp://") {
            let hostPort = rest.dropFirst("tcp://".count)
            guard let colon = hostPort.lastIndex(of: ":"), let port = Int(hostPort[hostPort.index(after: colon)...]),
                (1...65535).contains(port), colon > hostPort.startIndex
            else { throw .bad(text, "want tcp://HOST:PORT") }
            return IndexAddress(name: name, location: .tcp(host: String(hostPort[..<colon]), port: port))
        }
        if rest.hasPrefix("ssh://") {
            let hostPath = rest.dropFirst("ssh://".count)
            guard let slash = hostPath.firstIndex(of: "/"), slash > hostPath.startIndex, hostPath.index(after: slash) < hostPath.endIndex
            else { throw .bad(text, "want ssh://HOST/PATH") }
            // xapian-progsrv's arguments are split at spaces: a path with one cannot be passed.
            guard !hostPath.contains(where: \.isWhitespace) else { throw .bad(text, "the path may not contain spaces") }
            return IndexAddress(name: name, location: .ssh(host: String(hostPath[..<slash]), path: String(hostPath[slash...])))
        }
        guard !rest.isEmpty else { throw .bad(text, "no index folder given") }
        guard !rest.contains("://") else { throw .bad(text, "only tcp:// and ssh:// are remote addresses") }
        return IndexAddress(name: name, location: .local(Locations.absolute(String(rest))))
    }

    /// A colon-separated list (`MINNES_INDEX=/a/Index:tcp://10.0.0.2:7000`); the colon inside a
    /// `tcp://`, `ssh://` or `NAME=tcp://` address does not separate.
    public static func list(_ text: String) throws(IndexAddressError) -> [IndexAddress] {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var parts: [String] = []
        var index = 0
        while index < pieces.count {
            var part = pieces[index]
            index += 1
            // `scheme` + "//host…": the colon belonged to the address; tcp's port follows another.
            let scheme = part.split(separator: "=").last.map(String.init) ?? part
            if index < pieces.count, pieces[index].hasPrefix("//"), scheme.allSatisfy(\.isLetter), !scheme.isEmpty {
                part += ":" + pieces[index]
                index += 1
                if scheme == "tcp", index < pieces.count, !pieces[index].isEmpty, pieces[index].allSatisfy(\.isNumber) {
                    part += ":" + pieces[index]
                    index += 1
                }
            }
            parts.append(part)
        }
        let addresses = try parts.filter { !$0.isEmpty }.map { text throws(IndexAddressError) in try parse(text) }
        guard !addresses.isEmpty else { throw .bad(text, "no index given") }
        return addresses
    }

    /// Addresses written back as one list, as the daemon is told them.
    public static func joined(_ addresses: [IndexAddress]) -> String {
        addresses.map { ($0.name.map { $0 + "=" } ?? "") + $0.description }.joined(separator: ":")
    }

    /// Whether two lists name the same indexes, a folder however its path is written (links resolved).
    public static func same(_ one: String, _ other: String) -> Bool {
        func resolved(_ text: String) -> String? {
            guard let addresses = try? list(text) else { return nil }
            return joined(addresses.map { address in
                guard case .local(let path) = address.location, let real = realpath(path, nil) else { return address }
                defer { free(real) }
                return IndexAddress(name: address.name, location: .local(String(cString: real)))
            })
        }
        return one == other || resolved(one).map { $0 == resolved(other) } ?? false
    }
}

public enum IndexAddressError: Error, CustomStringConvertible, Equatable {
    case bad(String, String)
    case badName(String)

    public var description: String {
        switch self {
        case .bad(let text, let why): "cannot use the index \"\(text)\": \(why)"
        case .badName(let name):
            "\"\(name)\" cannot name an archive: use letters, digits, '.', '_' and '-' (at most 40)"
        }
    }
}
