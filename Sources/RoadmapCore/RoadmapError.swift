/// Everything a user can get wrong, each with a short, lower-case, one-line message naming the fix.
public enum RoadmapError: Error, Equatable, CustomStringConvertible {
    case unknownRoadmap(String, known: [String])
    case unknownStage(String, roadmap: String, known: [String])
    case unknownArea(String, roadmap: String, known: [String])
    case invalidRoadmapFiles(file: String, errors: Int, first: String)
    case unreadableFile(String, reason: String)
    case unknownSkill(String, suggestions: [String])
    case ambiguousSkill(String, candidates: [String])
    case invalidDate(String, option: String)
    case futureDate(Day, option: String, today: Day)
    case pastDate(Day, option: String, today: Day)
    case emptyText(what: String)
    case invalidURL(String)
    case invalidBackup(String)
    /// `search` found nothing: `word` is the first word no skill matches, nil when each matches but no skill has them all.
    case noSkillMatches(String, word: String?, roadmap: String?, suggestions: [String])
    /// Only done skills are reviewed; `status` is the skill's own.
    case notDone(String, status: SkillStatus)
    case reviewBeforeDone(String, day: Day, done: Day)

    public var description: String {
        switch self {
        case let .unknownRoadmap(id, known):
            let hint = Suggestion.didYouMean(id, among: known)
            return hint.isEmpty
                ? "unknown roadmap '\(id)'; known roadmaps: \(known.joined(separator: ", "))"
                : "unknown roadmap '\(id)'\(hint) (known: \(known.joined(separator: ", ")))"
        case let .unknownStage(id, roadmap, known):
            let words = StageWords.common.filter { known.contains($0.value) }.keys.sorted()
            let hint = words.isEmpty ? "" : "; job words such as junior or lead work too"
            // A stage close to what was typed first ('midd' is told 'mid', not 'middle'), else a job word ('juniour').
            let stage = Suggestion.didYouMean(id, among: known)
            let close = stage.isEmpty ? Suggestion.didYouMean(id, among: words) : stage
            return "unknown stage '\(id)' in roadmap '\(roadmap)'\(close) (stages: \(known.joined(separator: ", "))\(hint))"
        case let .unknownArea(id, roadmap, known):
            let hint = Suggestion.didYouMean(id, among: known)
            return hint.isEmpty
                ? "unknown area '\(id)' in roadmap '\(roadmap)'; see 'roadmap show \(roadmap)' for its areas"
                : "unknown area '\(id)' in roadmap '\(roadmap)'\(hint)"
        case let .invalidRoadmapFiles(file, errors, first):
            return "\(file) has \(Plural.count(errors, "error")); first: \(first)"
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .unknownSkill(name, suggestions):
            return suggestions.isEmpty
                ? "unknown skill '\(name)'; see 'roadmap show ROADMAP' for skill ids"
                : "unknown skill '\(name)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
        case let .ambiguousSkill(name, candidates):
            let shown = candidates.prefix(8).joined(separator: ", ") + (candidates.count > 8 ? ", …" : "")
            return "'\(name)' matches \(candidates.count) skills: \(shown); name one by its full id"
        case let .invalidDate(text, option):
            return "invalid date '\(text)' for \(option); " + Self.dateFix(text)
        case let .futureDate(day, option, today):
            return "\(option) \(day) is in the future (today is \(today)); give a date up to today"
        case let .pastDate(day, option, today):
            return "\(option) \(day) is in the past (today is \(today)); give a future date"
        case let .emptyText(what):
            return "empty \(what); give some text"
        case let .invalidBackup(problem):
            // The values quoted come from the file: a line break in one must not break the message's one line.
            return "the backup \(Inline.text(problem))"
        case let .noSkillMatches(query, word, roadmap, suggestions):
            let scope = roadmap.map { " of roadmap '\($0)'" } ?? ""
            guard let word else { return "no skill\(scope) matches all of '\(query)'; try fewer words" }
            if !suggestions.isEmpty {
                return "no skill\(scope) matches '\(word)'; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            return roadmap == nil
                ? "no skill matches '\(word)'; try another word, or see 'roadmap show ROADMAP' for skill ids"
                : "no skill\(scope) matches '\(word)'; search every roadmap without --roadmap"
        case let .notDone(skill, status):
            return "\(skill) is \(status.rawValue), not done; review only done skills, or mark it with 'roadmap done \(skill)'"
        case let .reviewBeforeDone(skill, day, done):
            return "--on \(day) is before \(skill) was done (\(done)); give a day from \(done) on"
        case let .invalidURL(text):
            return "'\(text)' is not an http(s) URL; give a link such as https://github.com/you/project"
        }
    }
}

extension RoadmapError {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// What to do about a date that does not read: written YYYY-MM-DD but off the calendar, which part is out of range.
    static func dateFix(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1])
        else { return "write it as YYYY-MM-DD, like 2026-03-14" }
        guard (1...12).contains(month) else { return "month \(parts[1]) is out of range; give 01 to 12" }
        let days = Day.days(inMonth: month, year: year)
        return "\(monthNames[month - 1]) \(year) has \(days) days; give a day from 01 to \(days)"
    }
}
