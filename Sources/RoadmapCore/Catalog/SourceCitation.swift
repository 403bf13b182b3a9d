import Foundation

/// What a skill's `source` says: the seed document and section it is drawn from, or that the documents do not cover it.
public enum SourceCitation: Sendable, Hashable {
    case section(document: String, heading: String)
    case beyondTheDocuments(reason: String)

    static let beyondPrefix = "beyond the source documents:"

    /// The seed documents the built-in roadmaps are drawn from (`../shared/seeds`, which the program never reads), by
    /// file name: each document's own title, as its opening lines give it.
    public static let documentTitles = [
        "000_98ef4c0683d89865.txt": "INTJ as Machine Learning Engineer: Career Deep-Dive",
        "001_456da7b1f14933ba.txt": "Mid-Level Machine Learning Engineer",
        "002_4fe1513ffd1a44f3.txt": "Machine Learning Engineer Career Guide",
        "003_e59e7985e3e8cb81.txt": "2025 Roadmap to a Machine Learning Engineering Career",
    ]

    /// `FILE: Section heading` (the heading may itself hold ": ") or `beyond the source documents: <reason>`; nil otherwise.
    public init?(_ source: String) {
        if source.hasPrefix(Self.beyondPrefix) {
            self = .beyondTheDocuments(reason: source.dropFirst(Self.beyondPrefix.count).trimmingCharacters(in: .whitespaces))
            return
        }
        guard let colon = source.range(of: ": ") else { return nil }
        let document = source[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        let heading = source[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !document.isEmpty, !heading.isEmpty else { return nil }
        self = .section(document: document, heading: heading)
    }

    /// A source as a reader wants it: `Machine Learning Engineer Career Guide — Skills by Career Stage` for a seed
    /// document's section; any other source (a custom roadmap's, an unknown file's) as written.
    public static func readable(_ source: String) -> String {
        guard case let .section(document, heading) = SourceCitation(source), let title = documentTitles[document] else { return source }
        return "\(title) — \(heading)"
    }
}
