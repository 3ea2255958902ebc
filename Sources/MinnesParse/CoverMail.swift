/// A mail that only covers the minutes it carries ("Här kommer anteckningarna från gårdagens träff."):
/// no meeting of its own beside theirs. Its words go with the first meeting it carries, as its notes,
/// and what that reading lacks and the mail tells (the day, "från gårdagens träff"; its signer, who
/// took the notes) is taken from it.
enum CoverMail {
    /// A file's meetings, part by part as read (a mail's own text named by the file, what it carries
    /// after a `#`: `brev.eml`, `brev.eml#anteckningar.docx`), with every cover folded into what it carries.
    static func folded(_ meetings: [Meeting]) -> [Meeting] {
        var meetings = meetings
        var index = meetings.startIndex
        while index < meetings.endIndex {
            let cover = meetings[index]
            guard isCover(cover),
                let carried = meetings.indices.first(where: { meetings[$0].file.hasPrefix(cover.file + "#") && !isCover(meetings[$0]) })
            else {
                index += 1
                continue
            }
            var meeting = meetings[carried]
            if meeting.date == nil { (meeting.date, meeting.dateAsWritten, meeting.dateNote) = (cover.date, cover.dateAsWritten, cover.dateNote) }
            meeting.network = meeting.network ?? cover.network
            meeting.place = meeting.place ?? cover.place
            meeting.scribe = meeting.scribe ?? cover.scribe
            meeting.notes = [meeting.notes, cover.notes].filter { !$0.isEmpty }.joined(separator: "\n\n")
            meetings[carried] = meeting
            meetings.remove(at: index)
        }
        return meetings
    }

    /// A reading with no item and no one listed but its signer: a mail's greeting, a line or two, a signature.
    static func isCover(_ meeting: Meeting) -> Bool {
        meeting.items.isEmpty && meeting.attendees.isEmpty && meeting.guests.isEmpty && meeting.absent.isEmpty && meeting.chairs.isEmpty
    }
}
