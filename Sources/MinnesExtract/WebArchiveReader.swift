import Foundation

/// A web page kept as one file (`.mht`, `.mhtml`: Word's "Webbarkiv, en fil", a browser's saved page):
/// MIME, as a mail is, its page the first HTML part and its pictures the other parts.
struct WebArchiveReader: FormatReader {
    let format = Format.webArchive

    /// MIME headers first, of a multipart/related body, and no sender: a mail says who sent it.
    func recognises(_ data: Data) -> Bool {
        // (Asked of every text file: its headers parsed only where its start names a multipart type,
        // whose "M" may be either case.)
        guard data.prefix(1024).range(of: Self.multipart) != nil else { return false }
        let archive = MIMEPart(data.prefix(4096))
        return archive.header("mime-version") != nil && archive.header("from") == nil && archive.contentType.hasPrefix("multipart/related")
    }

    private static let multipart = Data("ultipart/".utf8)

    func read(_ data: Data, path: String) throws -> Extracted {
        guard let page = MIMEPart(data).leaves().first(where: { $0.contentType.hasPrefix("text/html") }) else {
            throw ExtractError.corrupt(format, "it holds no page")
        }
        return Extracted(text: try HTMLReader.text(ofPage: page.text), format: format)
    }
}
