import Foundation
import Testing
import Xapian

@Suite final class XapianTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xapian-\(UUID().uuidString)").path

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test func openingAMissingDatabaseIsATypedErrorWithXapiansMessage() {
        #expect {
            _ = try Database(path: folder + "/missing")
        } throws: { error in
            let error = error as? XapianError
            return error?.kind == .databaseNotFound && error?.message.contains("missing") == true
        }
    }

    @Test func aSecondWriterGetsALockError() throws {
        let first = try WritableDatabase(path: folder)
        _ = first
        #expect {
            _ = try WritableDatabase(path: folder)
        } throws: { error in
            (error as? XapianError)?.kind == .databaseLocked
        }
    }

    @Test func aMalformedQueryIsAQuerySyntaxError() throws {
        _ = try WritableDatabase(path: folder)
        let parser = try QueryParser(stemmer: Stemmer(language: "swedish"), database: try Database(path: folder))
        #expect {
            _ = try parser.parse("familjehem AND", features: [.boolean])
        } throws: { error in
            let error = error as? XapianError
            return error?.kind == .querySyntax && error?.message.isEmpty == false
        }
    }

    @Test func addReplaceDeleteAndCommitRoundTrip() throws {
        let writer = try WritableDatabase(path: folder)
        let generator = try TermGenerator(stemmer: Stemmer(language: "swedish"), spellingDatabase: writer)
        func add(_ id: String, _ text: String) throws {
            let document = try Document()
            try document.setData(text)
            try generator.setDocument(document)
            try generator.indexText(text)
            try writer.replaceDocument(uniqueTerm: "Q" + id, with: document)
        }
        try writer.transaction {
            try add("a", "Familjehem i Höganäs")
            try add("b", "Skyddsplaceringar ökar")
            try writer.setMetadata("key", "värde")
        }
        let reader = try Database(path: folder)
        #expect(try reader.documentCount == 2)
        #expect(try reader.metadata("key") == "värde")

        try writer.transaction { try add("a", "Familjehemsvård i Bjuv") }  // replaces, not adds
        try writer.transaction { try writer.deleteDocument(try writer.documents(term: "Qb")[0]) }
        #expect(try reader.reopen())
        #expect(try reader.documentCount == 1)

        let parser = try QueryParser(stemmer: Stemmer(language: "swedish"), database: reader)
        let enquire = try Enquire(database: reader)
        try enquire.setQuery(try parser.parse("bjuv", features: []))
        let matches = try enquire.matches(first: 0, maxItems: 10)
        #expect(matches.count == 1)
        #expect(try matches.data(at: 0) == "Familjehemsvård i Bjuv")
        let snippet = try matches.snippet(
            of: "Familjehemsvård i Bjuv", maxLength: 100, language: "swedish", highlightStart: "[", highlightEnd: "]")
        #expect(snippet == "Familjehemsvård i [Bjuv]")
    }

    /// A document holds its digest: one made again alike is seen to be what the database holds; one
    /// that differs in a word's position, a term's weight, a value or its data is not, nor is one
    /// the database holds without a digest.
    @Test func aDigestTellsADocumentMadeAgainAlikeFromOneThatDiffers() throws {
        let writer = try WritableDatabase(path: folder)
        let generator = try TermGenerator(stemmer: Stemmer(language: "swedish"), spellingDatabase: nil)
        func made(_ text: String, weight: UInt32 = 1, value: String = "2021", data: String = "d", digest: Bool = true) throws -> Document {
            let document = try Document()
            try generator.setDocument(document)
            try generator.indexText(text)
            try document.addTerm("XKbjuv", wdfIncrement: weight)
            try document.addValue(value, slot: 0)
            try document.setData(data)
            if digest { try document.addDigest(slot: 3) }
            return document
        }
        let held = try writer.transaction { try writer.replaceDocument(nil, with: try made("familjehem i Bjuv")) }
        let bare = try writer.transaction { try writer.replaceDocument(nil, with: try made("familjehem i Bjuv", digest: false)) }
        #expect(try writer.holds(try made("familjehem i Bjuv"), at: held, slot: 3))
        for other in [
            try made("i familjehem Bjuv"), try made("familjehem i Bjuv", weight: 2), try made("familjehem i Bjuv", value: "2022"),
            try made("familjehem i Bjuv", data: "e"), try made("familjehem i Bjuv", digest: false),
        ] {
            #expect(try !writer.holds(other, at: held, slot: 3))
        }
        #expect(try !writer.holds(try made("familjehem i Bjuv"), at: bare, slot: 3))
    }

    /// The text's own words are the terms no field prefix (A–Z) starts, whether they sort before the
    /// prefixed ones (digits) or after (lowercase, å/ä/ö); a phrase of alternatives finds the words
    /// written one after another, in any of their forms, and not written apart.
    @Test func unprefixedTermsAndAPhraseOfAlternatives() throws {
        let writer = try WritableDatabase(path: folder)
        let generator = try TermGenerator(stemmer: Stemmer(language: "swedish"))
        var ids: [String: UInt32] = [:]
        try writer.transaction {
            for (id, text) in [("a", "Anna Strants förslag 2021"), ("b", "Anna kom. Strant är en ort"), ("c", "Öland")] {
                let document = try Document()
                try generator.setDocument(document)
                try generator.indexText(text)
                try generator.indexText(text, prefix: "XF")
                ids[id] = try writer.replaceDocument(uniqueTerm: "Q" + id, with: document)
            }
        }
        let reader = try Database(path: folder)
        #expect(try reader.unprefixedTerms() == ["2021", "anna", "en", "förslag", "kom", "ort", "strant", "strants", "är", "öland"])
        #expect(try reader.documents(matching: Query(phrase: [["XFanna"], ["XFstrant", "XFstrants"]])) == [ids["a"]!])
        #expect(try reader.documents(matching: Query(phrase: [["XFstrant"], ["XFanna"]])).isEmpty)
        // A document's one term of a prefix, as the indexer finds a file's meeting term.
        #expect(try reader.term(of: ids["a"]!, prefix: "XFs") == "XFstrants")
        #expect(try reader.term(of: ids["c"]!, prefix: "Q") == "Qc")
        #expect(try reader.term(of: ids["c"]!, prefix: "XM") == nil)
    }

    /// A query over many common words is costly when the total must be exact (check_at_least). Under a
    /// time limit, Xapian gives up exactness once the limit passes: the match ends as soon as no later
    /// document can enter the top ten, having been shown far fewer documents than it was asked to count.
    @Test func aMatchGivesUpExactCountsAtItsTimeLimit() throws {
        let writer = try WritableDatabase(path: folder)
        let words = (0..<40).map { "ord\($0)" }
        try writer.transaction {
            for number in 0..<30_000 {
                let document = try Document()
                for word in words { try document.addTerm(word) }
                // The best ten come first; after them only the common words, which weigh less.
                if number < 10 { try document.addTerm("sällsynt") }
                try writer.replaceDocument(uniqueTerm: "Q\(number)", with: document)
            }
        }
        let reader = try Database(path: folder)
        var query = try Query(term: "sällsynt")
        for word in words { query = try query.or(try Query(term: word)) }
        func documentsSeen(timeLimit: Double?) throws -> Int {
            let enquire = try Enquire(database: reader)
            try enquire.setQuery(query)
            if let timeLimit { try enquire.setTimeLimit(seconds: timeLimit) }
            let spy = try TermSpy(prefixes: ["X"])
            try enquire.add(spy)
            let matches = try enquire.matches(first: 0, maxItems: 10, checkAtLeast: 30_000)
            #expect(matches.count == 10)
            return spy.documents
        }
        #expect(try documentsSeen(timeLimit: nil) == 30_000)
        #expect(try documentsSeen(timeLimit: 0.000_001) < 30_000)
    }

    @Test func aTransactionThatThrowsCommitsNothing() throws {
        let writer = try WritableDatabase(path: folder)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try writer.transaction {
                try writer.replaceDocument(uniqueTerm: "Qx", with: try Document())
                throw Stop()
            }
        }
        #expect(try Database(path: folder).documentCount == 0)
    }

    @Test func spellingDataOffersACorrection() throws {
        let writer = try WritableDatabase(path: folder)
        let generator = try TermGenerator(stemmer: Stemmer(language: "swedish"), spellingDatabase: writer)
        try writer.transaction {
            let document = try Document()
            try generator.setDocument(document)
            try generator.indexText("familjehem familjehem")
            try writer.replaceDocument(uniqueTerm: "Q1", with: document)
        }
        let parser = try QueryParser(stemmer: Stemmer(language: "swedish"), database: try Database(path: folder))
        _ = try parser.parse("familjehen", features: [.spellingCorrection])
        #expect(try parser.correctedQuery() == "familjehem")
    }
}

@Suite struct FoldingStemmerTests {
    @Test(arguments: ["frågorna", "ökningen", "Ängelholms", "försörjningsstödet", "socialjouren", "hedén", "kärlekslöst"])
    func foldingComesAfterStemmingAndDoesNotChangeTheStem(word: String) throws {
        let plain = try Stemmer(language: "swedish").stem(word.lowercased())
        let folded = try Stemmer(language: "swedish", folding: .afterStemming).stem(word.lowercased())
        let expected = plain.replacing(/[åäæ]/, with: "a").replacing(/[öø]/, with: "o").replacing(/[éèêë]/, with: "e")
        #expect(folded == expected)
    }
}

@Test func foldingBeforeStemmingStemsAsADotlessWordIsStemmed() throws {
    let beforehand = try Stemmer(language: "swedish", folding: .beforeStemming)
    #expect(try beforehand.stem("höganäs") == (try Stemmer(language: "swedish").stem("hoganas")))
    #expect(try beforehand.stem("höganäs") != (try Stemmer(language: "swedish", folding: .afterStemming).stem("höganäs")))
}
