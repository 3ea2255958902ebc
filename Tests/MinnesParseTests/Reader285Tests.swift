import Testing

@testable import MinnesParse

/// Read since reader 285: a sentence under a list is no one listed, one person in two roles by one
/// label, and "Övrigt" told by its title line as written (a heading's marks and number before it).
@Suite("Reader 285")
struct Reader285Tests {
    /// "Beslut är gulmarkerade." right under a guest's line is a sentence, not another guest.
    @Test func aSentenceUnderAListIsNoOneListed() {
        let meeting = read("""
            # Nätverket för stödfamiljer
            Minnesanteckningar från träffen tisdag 10 mars 2026
            **Närvarande:** Signild Axelsson, Ängelholm; Tanvir Chowdhury, Helsingborg
            **Gäst:** Eithne Gallagher, utbildare, Familjehemscentrum Nordväst (punkt 3)
            Beslut är gulmarkerade.

            ## 1. Inledning
            Signild Axelsson hälsade välkommen.
            """)
        #expect(names(meeting.guests) == ["Eithne Gallagher"])
    }

    /// "Mötesledare och antecknare: Ada Ek, samordnare": she chairs and writes; "Ordförande och
    /// sekreterare: Ada Ek och Per Lind": each one's role.
    @Test(arguments: [
        ("**Mötesledare och antecknare:** Sanela Mehmedović, samordnare för nätverket, Helsingborg", "Sanela Mehmedović", "Sanela Mehmedović"),
        ("Ordförande och sekreterare: Arnfinn Solberg och Hildegun Brandt", "Arnfinn Solberg", "Hildegun Brandt"),
    ])
    func twoRolesInOneLabel(line: String, chair: String, scribe: String) {
        let meeting = read("""
            Nätverket för barngruppsledare
            Minnesanteckningar, fredag 23 januari 2026
            \(line)
            Deltagare: Sanela Mehmedović (Helsingborg), Arnfinn Solberg (Höganäs), Hildegun Brandt (Perstorp)

            1. Incheckning
            Alla berättade kort.
            """)
        #expect(names(meeting.chairs) == [chair])
        #expect(meeting.scribe?.name == scribe)
    }

    /// Under "## 5. Övrigt" (a Word heading as its text gives it; here the notes' one item, so its number
    /// is no sequence's) each brings a matter of their own, a reminder too ("påminde om"), the writer's
    /// "Jag påminde om …" theirs.
    @Test func otherMattersUnderANumberedHeading() {
        let meeting = read("""
            Nätverket för barngruppsledare
            Minnesanteckningar, fredag 23 januari 2026
            **Mötesledare och antecknare:** Sanela Mehmedović, Helsingborg
            **Deltagare:** Sanela Mehmedović (Helsingborg), Arnfinn Solberg (Höganäs), Hildegun Brandt (Perstorp)

            ## 5. Övrigt
            Hildegun Brandt berättade att Perstorp startar en grupp i mars.
            Arnfinn Solberg påpekade att Höganäs har fått en ny samordnare.
            Jag påminde om att anmälan till vårkonferensen stänger den 13 februari.
            Sanela
            """)
        #expect(meeting.items.last?.raisedBy.compactMap(\.name) == ["Hildegun Brandt", "Arnfinn Solberg", "Sanela Mehmedović"], "\(meeting.items)")
    }
}
