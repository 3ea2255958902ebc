/// A conversation written down turn by turn, each turn who spoke and what: under an item, what each
/// turn is to the matter. The one who brings the matter speaks first, unless the first turn hands
/// over (the chair's: "Ezra, varsågod", or a few words naming who speaks next), then whom it names
/// bring it, or the next to speak; who they name beside them brings it too ("Burak och jag har
/// pratat ihop oss om …"). After them a turn that asks is a question, the one after a question its
/// answer, the rest comments. Under "Övrigt" each brings a matter of their own: a turn of some
/// length that is no question alone nor an answer, not the chair's nor a task one takes on. In a
/// round ("Kort runda", "Laget runt") no one brings one.
/// Each turn is then written as the sentence it stands for ("Ezra Bäckmann tog upp: …", "Burak
/// Tekin frågade: …"), as `questionsAndAnswers` writes its lines, which the raisers' reader knows.
struct Turns {
    struct Turn {
        var speaker: String
        var text: String
    }

    enum Role { case raises, asks, answers, comments }

    /// The sentences the turns under one heading stand for, one a turn, in order.
    static func sentences(_ turns: [Turn], under heading: String?) -> [String] {
        let round = heading.map(isRound) ?? false
        let otherMatters = heading.map { RaiserReader.isOtherMatters($0) } ?? false
        // A speaker's turns one after another are what they said then, read as one.
        var runs: [(speaker: String, text: String, turns: Range<Int>)] = []
        for (index, turn) in turns.enumerated() {
            if let last = runs.last, last.speaker == turn.speaker {
                runs[runs.count - 1].text += " " + turn.text
                runs[runs.count - 1].turns = last.turns.lowerBound..<(index + 1)
            } else {
                runs.append((turn.speaker, turn.text, index..<(index + 1)))
            }
        }
        var roles: [Role] = [], raisers: Set<String> = []
        // Whom a hand-over named ("Ivica och Chirine, ni har gjort den ihop, vem börjar?"): each
        // brings the matter as they speak; none named, the next to speak brings it.
        var handedTo: Set<String>?, chair: String?
        for (index, run) in runs.enumerated() {
            let asks = run.text.holds("?"), words = run.text.wordsApartBySpaces().count
            let answers = index > 0 && roles[index - 1] == .asks
            let later = runs[(index + 1)...].map(\.speaker).filter { $0 != run.speaker }
            let named = Set(later.filter { speaker in speaker.split(separator: " ").first.map { run.text.holds(String($0)) } == true })
            let role: Role
            if round {
                // (A round's question asks it round: it raises nothing either.)
                role = .comments
            } else if raisers.isEmpty, handedTo == nil, !later.isEmpty,
                // ("Då punkt fyra, ungdomstjänsten. Hrvoje.": a few words naming who speaks next hand over too.)
                // (Not one's own doing with another: "Gun och Tove har testat …".)
                handsOver(run.text) || words <= 15 && !run.text.lowercased().holds("jag") && named.contains(runs[index + 1].speaker)
                    && !run.speaker.split(separator: " ").prefix(1).contains(where: { run.text.holds(String($0)) })
            {
                (role, chair, handedTo) = (.comments, run.speaker, named)
            } else if raisers.isEmpty && handedTo?.isEmpty != false || handedTo?.contains(run.speaker) == true && !raisers.contains(run.speaker) {
                role = .raises
            } else if otherMatters, !run.text.trimmingSpaces().hasSuffix("?"), !answers, words >= 8, !raisers.contains(run.speaker), run.speaker != chair,
                !takesOnTask(run.speaker, run.text)
            {
                // (Not the chair who asked for them, closing the meeting, nor a task taken on, "Ramin
                // kollar om det finns pengar kvar"; a matter may be put as a question, "Studiebesök i
                // Lund i vår? De har …", but not be a question alone.)
                role = .raises
            } else {
                role = asks ? .asks : answers ? .answers : .comments
            }
            if role == .raises { raisers.insert(run.speaker) }
            roles.append(role)
        }
        // (A run's first turn has its role; those after it go on with it, a matter brought as comments on it.)
        let turnRoles = zip(runs, roles).flatMap { run, role in
            [role] + Array(repeating: role == .raises ? .comments : role, count: run.turns.count - 1)
        }
        return zip(turns, turnRoles).map { turn, role in
            let text = turn.text.trimmingSpaces()
            switch role {
            case .raises:
                let partner = text.firstMatch(of: partnerAndI)?.output.1 ?? text.firstMatch(of: iAndPartner)?.output.1
                    // ("Onerva och Rurik har gjort ett utkast" in Onerva's own words.)
                    ?? turn.speaker.split(separator: " ").first.flatMap { first in text.prefixMatch(of: namedAndPartner).flatMap { $0.1 == first ? $0.2 : nil } }
                let who = partner.map { "\(turn.speaker) och \($0)" } ?? turn.speaker
                return "\(who) tog upp: \(text)"
            case .asks: return "\(turn.speaker) frågade: \(text)"
            case .answers: return "\(turn.speaker) svarade: \(text)"
            case .comments: return "\(turn.speaker) kommenterade: \(text)"
            }
        }
    }

    /// Words that hand the word to another ("Ezra, varsågod", "ordet går till Lena").
    static let handOverWords = [
        "varsågod", "var så god", "ordet till", "ordet går till", "har ordet", "lämnar över", "över till dig", "över till er", "vill du börja",
        "kan du börja", "får du börja", "vem börjar", "vem vill börja", "vill du berätta", "kan du berätta", "du ville ta upp", "ni ville ta upp", "vill du ta upp", "kan du ta upp", "har någon något", "någon som har något", "något mer", "något övrigt", "ordet är ditt", "ordet är ert",
    ]
    static func handsOver(_ text: String) -> Bool {
        let lower = text.lowercased()
        return handOverWords.contains(where: lower.holds)
    }

    /// Whether a turn is a task its speaker takes on, said of themselves ("Ramin kollar om …").
    static func takesOnTask(_ speaker: String, _ text: String) -> Bool {
        guard let first = speaker.split(separator: " ").first, text.hasPrefix(first + " ") else { return false }
        return taskVerbs.contains { text.dropFirst(first.count + 1).hasPrefix($0 + " ") }
    }
    static let taskVerbs = ["kollar", "skickar", "bokar", "mejlar", "ringer", "undersöker", "återkommer", "tar reda", "tar fram", "ordnar med"]

    /// Whether a heading makes its item a round of the table: "Runda", "Kort kommunrunda", "Laget runt".
    static func isRound(_ heading: String) -> Bool {
        let lower = heading.lowercased()
        guard lower.holds("run") || lower.holds("tour") else { return false }
        return lower.split { !$0.isLetter }.contains { $0.hasSuffix("runda") || $0.hasSuffix("rundan") }
            || ["laget runt", "bordet runt", "tour de table"].contains(where: lower.holds)
    }

    /// "Burak och jag har …", "jag och Burak tog fram …": who brings the matter with the speaker.
    nonisolated(unsafe) static let partnerAndI = /(?:^|[\s,])(\p{Lu}\p{Ll}+) och jag\b/
    nonisolated(unsafe) static let iAndPartner = /\b[Jj]ag och (\p{Lu}\p{Ll}+)\b/
    nonisolated(unsafe) static let namedAndPartner = /(\p{Lu}\p{Ll}+) och (\p{Lu}\p{Ll}+)\b/
}
