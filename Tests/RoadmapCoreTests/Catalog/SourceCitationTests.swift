import Foundation
import Testing
@testable import RoadmapCore

/// Every built-in skill cites the section of a seed document that names it or its category, or says in the documented
/// form that the documents do not cover it (Roadmaps/README.md). The citation check reads `../shared/seeds` beside the
/// clone and is skipped where that folder is absent; the other tests here need no seeds.
@Suite struct SourceCitationTests {
    var catalog: Catalog { BuiltinCatalogTests.loaded.catalog }

    @Test func citedSectionsExistAndNameTheSkill() throws {
        // Skipped, not failed, where the seed documents are not beside the clone (a fresh checkout elsewhere).
        guard let documents = try SeedDocument.loadAll() else { return }
        for skill in catalog.skills.values.sorted(by: { $0.id < $1.id }) {
            guard case .section(let file, let heading) = SourceCitation(skill.source) else { continue }  // form: BuiltinCatalogTests
            guard let document = documents[file] else {
                Issue.record("\(skill.id) cites '\(file)', which is not one of the seed documents \(SeedDocument.files)")
                continue
            }
            let sections = document.sections(headed: heading)
            if sections.isEmpty {
                Issue.record("\(skill.id) cites section '\(heading)' of \(file), but no heading of \(file) reads so")
                continue
            }
            let terms = [skill.title] + skill.keywords
            if !sections.contains(where: { section in terms.contains { SeedText.names($0, in: section.text) } }) {
                let which = sections.count == 1 ? "section" : "any of its \(sections.count) sections"
                Issue.record("""
                    \(skill.id) cites section '\(heading)' of \(file), but that \(which) names neither its title \
                    '\(skill.title)' nor any of its keywords (\(skill.keywords.joined(separator: ", ")))
                    """)
            }
        }
    }

    @Test func eachSeedDocumentHasItsOwnTitleAndEveryCitedOneHasOne() throws {
        #expect(Set(SourceCitation.documentTitles.keys) == Set(SeedDocument.files))
        for skill in catalog.skills.values {
            guard case .section(let file, let heading) = SourceCitation(skill.source) else { continue }
            #expect(SourceCitation.readable(skill.source) == "\(SourceCitation.documentTitles[file] ?? "?") — \(heading)", "\(skill.id)")
        }
        #expect(SourceCitation.readable("002_4fe1513ffd1a44f3.txt: Skills by Career Stage") == "Machine Learning Engineer Career Guide — Skills by Career Stage")
        #expect(SourceCitation.readable("notes.txt: Week 1") == "notes.txt: Week 1", "a custom roadmap's source stays as written")
        #expect(SourceCitation.readable("beyond the source documents: x") == "beyond the source documents: x")
        // The title is the document's own: its opening lines read so (skipped where the seeds are absent).
        guard FileManager.default.fileExists(atPath: SeedDocument.directory.path) else { return }
        for (file, title) in SourceCitation.documentTitles {
            let text = try String(contentsOf: SeedDocument.directory.appendingPathComponent(file), encoding: .utf8)
            let opening = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(12)
            #expect(opening.joined(separator: " ").contains(title), "\(file): \(title)")
        }
    }

    @Test func aSourceIsASectionOrSaysItIsBeyondTheDocuments() {
        #expect(SourceCitation("002_x.txt: Career Progression: Entry-Level to Senior")
            == .section(document: "002_x.txt", heading: "Career Progression: Entry-Level to Senior"))
        #expect(SourceCitation("beyond the source documents: expected of every ML engineer (Linux shell)")
            == .beyondTheDocuments(reason: "expected of every ML engineer (Linux shell)"))
        #expect(SourceCitation("beyond the source documents:  ") == .beyondTheDocuments(reason: ""))
        for malformed in ["", "002_x.txt", "002_x.txt:", "002_x.txt: ", ": Heading", "beyond the source documents"] {
            #expect(SourceCitation(malformed) == nil, "\(malformed)")
        }
    }

    @Test func headingsInADocumentWithBlankLines() {
        let document = SeedDocument(text: """
            Guide Title

            Intro paragraph, long enough to be prose and ending with a full stop.

            Technical Skills Required

            Skill CategoryKey Competencies
            ProgrammingPython, R, Java; clean code practices
            Big Data & CloudHadoop, Spark, AWS
            Model DeploymentDocker, Kubernetes, CI/CD pipelines

            Clean, organized workspace with model dashboards and architecture diagrams

            A desk with laptop showing code implementation

            What Does an Engineer Actually Do?

            Builds pipelines.

            Frequently Asked Questions

            Do engineers need a computer science degree to start?

            Not strictly.

            Strong examples:

            Technical Skills Required

            Repeated heading, second section.
            1
            ML system design
            Designing end-to-end ML systems.
            """)
        #expect(document.sections.map(\.heading) == [
            "Guide Title", "Technical Skills Required", "What Does an Engineer Actually Do?", "Frequently Asked Questions",
            "Technical Skills Required", "ML system design",
        ])
        // A table under a heading stays in its section (its rows touch each other), and so do picture captions
        // (sentence case) and questions that are not title-cased.
        let skills = document.sections[1].text
        #expect(skills.contains("CloudHadoop") && skills.contains("DeploymentDocker") && skills.contains("A desk with laptop"))
        #expect(document.sections[3].text.contains("computer science degree") && document.sections[3].text.contains("Strong examples:"))
        #expect(document.sections(headed: "technical skills REQUIRED").count == 2)
        #expect(document.sections(headed: "ML system design").first?.text.contains("end-to-end") == true)
        #expect(document.sections(headed: "Strong examples").isEmpty)
    }

    @Test func headingsInADocumentWithoutBlankLines() {
        let document = SeedDocument(text: """
            2025 Roadmap to a Career
            Machine learning has matured over the past two decades, and this is a paragraph.
            Responsibilities in Context
            Certain responsibilities remain common:
            - Architecting and refining data pipelines that serve as the foundation for workflows.
            Each of these duties underscores the importance of practice.
            What it’s like to be an Engineer
            Prose.
            """)
        #expect(document.sections.map(\.heading) == ["2025 Roadmap to a Career", "Responsibilities in Context", "What it’s like to be an Engineer"])
        #expect(document.sections[1].text.contains("Architecting") && document.sections[1].text.contains("underscores"))
        #expect(document.sections(headed: "What it's like to be an Engineer").count == 1)
    }

    @Test func aTermIsNamedAsAWholeWordOrPhrase() {
        let text = """
            Proficiency in programming languages such as Python, R, or Java. ML FrameworksTensorFlow, PyTorch, scikit-learn.
            Big Data & CloudHadoop, Spark. Judgment and Decision MakingReading Comprehension. Queried in real time.
            Robust pipelines incorporate checkpoints. It’s the engineer’s job. Fraud detection systems.
            """
        for named in ["python", "R", "java", "TensorFlow", "Hadoop", "scikit-learn", "judgment and decision making",
                      "reading comprehension", "real-time", "pipeline", "checkpoint", "it's", "fraud detection system"] {
            #expect(SeedText.names(named, in: text), "\(named)")
        }
        for notNamed in ["Pyth", "Tensor Flow", "Had", "pipe", "robust pipeline incorporate", "engineers", "detect", "data cloud", "spar"] {
            #expect(!SeedText.names(notNamed, in: text), "\(notNamed)")
        }
        #expect(!SeedText.names("", in: text))
    }
}

/// A plain-text seed document split into sections at its headings.
///
/// A heading is a short line (at most 100 characters and 14 words) that starts with a capital letter or a digit, has no
/// comma or semicolon and does not end with `.`, `:` or `!` (a question mark is allowed), and is title-cased: at
/// least half of its words after the first, leaving out short joining words (`and`, `of`, `to`, …), start with a capital.
/// Where a document separates its blocks with blank lines, a heading is also followed by a blank line (or ends the
/// document); this keeps table rows, which touch each other, inside their section. Where a document has no blank lines,
/// the shape alone decides. A short line right after a line holding only a number is a numbered heading whatever its case
/// (`2` / `Statistical foundations`). Picture captions and questions in sentence case are therefore not headings.
/// A section runs from its heading line (included) to the next heading; a heading may occur more than once.
struct SeedDocument {
    struct Section {
        var heading: String
        var text: String
    }

    static let files = ["000_98ef4c0683d89865.txt", "001_456da7b1f14933ba.txt", "002_4fe1513ffd1a44f3.txt", "003_e59e7985e3e8cb81.txt"]

    /// `../shared/seeds` beside the clone.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The seed documents by file name, or nil when the seeds folder is absent.
    static func loadAll() throws -> [String: SeedDocument]? {
        guard FileManager.default.fileExists(atPath: directory.path) else { return nil }
        var documents: [String: SeedDocument] = [:]
        for file in files {
            documents[file] = SeedDocument(text: try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        }
        return documents
    }

    let sections: [Section]

    init(text: String) {
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let inner = lines.drop(while: \.isEmpty).reversed().drop(while: \.isEmpty)
        let separatesBlocksWithBlankLines = inner.contains(where: \.isEmpty)
        var starts: [Int] = []
        for (index, line) in lines.enumerated() where Self.isHeadingShaped(line) {
            let afterNumber = index > 0 && !lines[index - 1].isEmpty && lines[index - 1].allSatisfy(\.isNumber)
            let blankAfter = index + 1 == lines.count || lines[index + 1].isEmpty
            if afterNumber || (Self.isTitleCased(line) && (blankAfter || !separatesBlocksWithBlankLines)) {
                starts.append(index)
            }
        }
        sections = starts.enumerated().map { number, start in
            let end = number + 1 < starts.count ? starts[number + 1] : lines.count
            return Section(heading: lines[start], text: lines[start..<end].joined(separator: "\n"))
        }
    }

    /// The sections whose heading reads `heading`, ignoring case, spacing and the kind of apostrophe.
    func sections(headed heading: String) -> [Section] {
        let wanted = Self.comparable(heading)
        return sections.filter { Self.comparable($0.heading) == wanted }
    }

    static let joiningWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "for", "of", "to", "in", "on", "at", "by", "with", "vs", "from",
        "into", "as", "per", "via", "is", "be", "it's",
    ]

    static func isHeadingShaped(_ line: String) -> Bool {
        guard let first = line.first, let last = line.last, line.count <= 100 else { return false }
        let words = line.split(whereSeparator: \.isWhitespace)
        return words.count <= 14 && (first.isUppercase || first.isNumber) && !".:!".contains(last)
            && !line.contains(",") && !line.contains(";")
    }

    static func isTitleCased(_ line: String) -> Bool {
        let words = line.split(whereSeparator: \.isWhitespace).dropFirst().filter { word in
            word.first?.isLetter == true && !joiningWords.contains(SeedText.plain(String(word)).lowercased().trimmingCharacters(in: .punctuationCharacters))
        }
        return words.filter { $0.first?.isUppercase == true }.count * 2 >= words.count
    }

    static func comparable(_ heading: String) -> String {
        SeedText.plain(heading).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Whether a passage names a term: the term occurs case-insensitively as a whole word or phrase (optionally plural,
/// with `s` or `es`), a hyphen and a space count as the same, and so do curly and straight apostrophes. A word boundary
/// is any character that is not a letter or digit, or a change from a lower-case to a capital letter, since the
/// documents' scraped tables run cells together (`CloudHadoop`, `Decision MakingReading`).
enum SeedText {
    static func plain(_ text: String) -> String {
        String(text.map { c -> Character in
            switch c {
            case "\u{2019}", "\u{2018}": "'"
            case "-", "\u{2010}", "\u{2011}": " "
            default: c
            }
        })
    }

    static func names(_ term: String, in text: String) -> Bool {
        let needle = Array(plain(term)).map(fold)
        let original = Array(plain(text))
        let haystack = original.map(fold)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        func boundary(at index: Int) -> Bool {  // between original[index - 1] and original[index]
            guard index > 0, index < original.count else { return true }
            return !isWord(original[index - 1]) || !isWord(original[index])
                || (original[index - 1].isLowercase && original[index].isUppercase)
        }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            let end = start + needle.count
            guard Array(haystack[start..<end]) == needle, boundary(at: start) else { continue }
            var ends = [end]
            if end < haystack.count, haystack[end] == "s" { ends.append(end + 1) }
            if end + 1 < haystack.count, haystack[end] == "e", haystack[end + 1] == "s" { ends.append(end + 2) }
            if ends.contains(where: boundary(at:)) { return true }
        }
        return false
    }

    private static func fold(_ c: Character) -> Character {
        let lower = c.lowercased()
        return lower.count == 1 ? Character(lower) : c
    }
}
