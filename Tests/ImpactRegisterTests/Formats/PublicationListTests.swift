import Foundation
import Testing
@testable import ImpactRegister

/// A PI imports the publication list their reference manager exports.
@Suite struct PublicationListTests {
    static let options = ImportOptions(programme: "ES/N008146/1")

    static let bibtex = """
        @string{hlth = "Health (London, England : 1997)"}
        @comment{exported by a reference manager}
        @article{fisher2016,
          author = {Fisher, Pamela and Bradley, M.},
          title = {Narrative approaches in mental health: {P}reserving the emancipatory tradition},
          journal = hlth,
          year = 2016,
          volume = {20}, number = "4",
          pages = {12--34},
          doi = {https://doi.org/10.1000/example.1}
        }

        @incollection{winfield2019,
          author = {Leanne Winfield and Jos{\\'e} M{\\"u}ller},
          title = "Co-production \\& risk",
          booktitle = {Co-production in Mental Health},
          year = {2019}
        }
        """

    @Test func bibTeXEntriesBecomePublications() throws {
        let records = try BibTeXParser.parse(Self.bibtex, path: "refs.bib", options: Self.options)
        #expect(records.count == 2)
        let fisher = records[0].fields
        #expect(fisher["title"] == "Narrative approaches in mental health: Preserving the emancipatory tradition")
        #expect(fisher["authors"] == "Fisher P; Bradley M")
        #expect(fisher["journal"] == "Health (London, England : 1997)")
        #expect(fisher["year"] == "2016")
        #expect(fisher["volume"] == "20")
        #expect(fisher["issue"] == "4")
        #expect(fisher["pages"] == "12-34")
        #expect(fisher["doi"] == "10.1000/example.1")
        #expect(fisher["type"] == "Journal Article")
        #expect(fisher["programme"] == "ES/N008146/1")
        #expect(records[0].line == 3)
        let chapter = records[1].fields
        #expect(chapter["title"] == "Co-production & risk")
        #expect(chapter["authors"] == "Winfield L; Müller J")
        #expect(chapter["type"] == "Book Chapter")
        #expect(chapter["journal"] == "Co-production in Mental Health")
    }

    @Test(arguments: [
        ("@article{a, title = {Open", 1, "never closed"),
        ("@article{a,\n  author = {Someone},\n  year = 2016\n}", 1, "no title"),
        ("@article{a,\n  title = \n}", 2, "no value"),
        ("just some notes", 1, "no BibTeX entries"),
    ])
    func brokenBibTeXSaysWhere(text: String, line: Int, reason: String) throws {
        #expect {
            try BibTeXParser.parse(text, path: "refs.bib", options: Self.options)
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.line == line && error.reason.contains(reason) && error.file == "refs.bib"
        }
    }

    static let ris = """
        TY  - JOUR\r
        AU  - Fisher, Pamela\r
        AU  - Bradley, M.\r
        TI  - Narrative approaches in mental health\r
        JF  - Health\r
        PY  - 2016/05/01/\r
        VL  - 20\r
        SP  - 12\r
        EP  - 34\r
        DO  - 10.1000/example.2\r
        SN  - 1363-4593\r
        ER  - \r
        TY  - CHAP\r
        AU  - Winfield, Leanne\r
        TI  - An example of co-production\r
        T2  - Co-production in Mental Health\r
        PY  - 2019\r
        SN  - 978-1-78592-452-1\r
        ER  - \r
        """

    @Test func risRecordsBecomePublications() throws {
        let records = try RISParser.parse(Self.ris, path: "refs.ris", options: Self.options)
        #expect(records.count == 2)
        let article = records[0].fields
        #expect(article["authors"] == "Fisher P; Bradley M")
        #expect(article["title"] == "Narrative approaches in mental health")
        #expect(article["journal"] == "Health")
        #expect(article["year"] == "2016")
        #expect(article["pages"] == "12-34")
        #expect(article["issn"] == "1363-4593")
        #expect(article["type"] == "Journal Article")
        #expect(records[1].fields["isbn"] == "978-1-78592-452-1")
        #expect(records[1].fields["type"] == "Book Chapter")
        #expect(records[1].line == 13)
    }

    @Test(arguments: [
        ("TY  - JOUR\nTI  - Open\n", 1, "no ER"),
        ("TY  - JOUR\nAU  - Someone\nER  - \n", 1, "no title"),
        ("TY  - JOUR\nTI  - T\nAU  - A\nthis line is not a tag\nER  - \n", 4, "not a RIS line"),
    ])
    func brokenRISSaysWhere(text: String, line: Int, reason: String) throws {
        #expect {
            try RISParser.parse(text, path: "refs.ris", options: Self.options)
        } throws: { error in
            guard let error = error as? ImportError else { return false }
            return error.line == line && error.reason.contains(reason)
        }
    }

    @Test func aPublicationImportedTwiceFromDifferentListsIsOneRecord() throws {
        let folder = try TemporaryFolder()
        let register = try folder.register()
        try register.add(.programme, ["grant-reference": "ES/N008146/1", "title": "Seminar series"])
        let bib = try folder.write("refs.bib", Self.bibtex)
        let ris = try folder.write("refs.ris", Self.ris.replacingOccurrences(of: "10.1000/example.2", with: "10.1000/EXAMPLE.1"))
        let first = try register.importFiles([bib], options: Self.options, context: .imported(by: "test"))
        #expect(first.added == 2)
        let second = try register.importFiles([ris], options: Self.options, context: .imported(by: "test"))
        #expect(second.failed.isEmpty, "\(second.text())")
        // The article shares its DOI with the BibTeX entry, the chapter its title, year and first author.
        #expect(try register.records(.publication).count == 3)
        let again = try register.importFiles([bib], options: Self.options, context: .imported(by: "test"))
        #expect(again.added == 0)
    }
}
