import Foundation

/// The data Minnes ships: the files of this folder, copied by the build into
/// `Minnes_MinnesData.resources` beside the binaries, so they are found wherever Minnes runs.
public enum BundledData {
    /// The synonym groups every index gets (users add their own: `minnes index --synonyms`).
    public static var synonyms: URL? { resource("synonyms.txt") }

    static let bundleName = "Minnes_MinnesData.resources"

    /// A shipped file beside the running executable (as built, or installed with its resources).
    static func resource(_ name: String) -> URL? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        let url = URL(fileURLWithPath: executable).deletingLastPathComponent()
            .appendingPathComponent(bundleName).appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
