import Foundation

/// The folder of minutes. Minnes only ever reads it.
public struct Corpus: Sendable {
    public static let fileExtensions: Set<String> = ["txt", "md"]

    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Paths, relative to the root, of every `.txt` and `.md` file below it, hidden ones excluded, sorted.
    public func files() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw CorpusError.notADirectory(root.path) }
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw CorpusError.notADirectory(root.path) }

        var files: [String] = []
        let rootPath = root.resolvingSymlinksInPath().path
        for case let url as URL in walker {
            guard Self.fileExtensions.contains(url.pathExtension.lowercased()),
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(rootPath + "/") else { continue }
            files.append(String(path.dropFirst(rootPath.count + 1)))
        }
        return files.sorted()
    }

    public func read(_ file: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(file))
    }

    /// Corrections a user keeps beside a file of minutes, `NAME.minnes.json` (see MeetingOverride).
    public static let overrideSuffix = ".minnes.json"

    /// The bytes of file's override, when there is one.
    public func override(for file: String) -> Data? {
        try? Data(contentsOf: root.appendingPathComponent(file + Self.overrideSuffix))
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case notADirectory(String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "corpus folder not found: \(path)"
        }
    }
}
