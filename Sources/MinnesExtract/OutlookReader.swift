import Foundation

/// An Outlook message saved as a file (`.msg`, what dragging a mail out of Outlook makes): turned into
/// the RFC 5322 message it was by `msgconvert` (Email::Outlook::Message), then read as any e-mail is,
/// its attached files of minutes parts of their own.
struct OutlookReader: FormatReader {
    let format = Format.outlook
    static let tool = ExternalTool(name: "msgconvert", package: "libemail-outlook-message-perl")

    /// An OLE file, as a `.doc` is, holding the property streams only a message has.
    func recognises(_ data: Data) -> Bool {
        data.starts(with: OLEFile.magic) && data.range(of: Self.properties) != nil
    }

    /// A message's own properties' stream, named in UTF-16 in the file's directory.
    static let properties = OLEFile.streamName("__properties_version1.0")

    func read(_ data: Data, path: String) throws -> Extracted {
        var read = try EmailReader().read(message(path), path: path)
        read.format = format
        return read
    }

    func parts(_ data: Data, path: String) throws -> [Extracted] {
        var parts = try EmailReader().parts(message(path), path: path)
        // (The message's own text is Outlook's; its attachments keep their own formats.)
        if !parts.isEmpty, parts[0].part == nil { parts[0].format = format }
        return parts
    }

    /// The message as RFC 5322, written to standard output.
    private func message(_ path: String) throws -> Data {
        let outcome = try Self.tool.run(["--outfile", "-", path])
        guard outcome.status == 0, !outcome.output.isEmpty else {
            // (Its first line says what it could not read; Perl's "at /usr/bin/msgconvert line 45." is not for the user.)
            throw ExtractError.corrupt(format, outcome.failure().replacing(/\s+at \S+ line \d+\.?$/, with: ""))
        }
        return outcome.output
    }
}
