import RoadmapCore
import RoadmapStore

/// What the catalog holds, with the user's progress beside it: `list`, `show`, `info`, `search`.
public struct CatalogQueries {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func list() throws -> RoadmapListing { try session.catalogOfFewSkills().listing }

    /// A roadmap's skills by stage and area, `stage` and `area` narrowing it.
    public func show(_ roadmapID: String, stage: String? = nil, area: String? = nil) throws -> RoadmapDetail {
        let catalog = try session.catalog()
        let roadmap = try catalog.requireRoadmap(roadmapID)
        // A skill with no mark and no note prints as one never recorded: the log's other skills need not be found.
        let progress = try session.openForReading()?.progress(includingNotes: true, aliases: catalog.skillAliases, everyRecordedSkill: false) ?? [:]
        return try RoadmapDetail(roadmap, in: catalog, progress: progress, stage: stage, area: area)
    }

    /// One skill's page: what it is, where it stands, its notes, evidence, reviews and history.
    public func info(_ name: String) throws -> SkillPage {
        // Of most skills only the prerequisites are read, to find what this one unlocks.
        let catalog = try session.catalogOfFewSkills()
        let skill = try SkillLookup(catalog: catalog).resolve(name)
        let (unlocking, unlocksInAll) = SkillPage.dependents(of: skill.id, among: Array(catalog.skills.values))
        // Statuses of the skills shown (it, its prerequisites and dependents), notes and evidence of this one only.
        var progress = try session.progress(includingNotes: false, of: SkillPage.shownIDs(of: skill, unlocking: unlocking))
        progress[skill.id] = try session.progress(includingNotes: true, of: [skill.id])[skill.id]
        let history = try session.openForReading()?.history(timeZone: session.timeZone, skills: catalog.recordedIDs(of: skill.id)) ?? []
        // Only a done skill has a place in the schedule (where every done skill counts): no other reads the review log.
        let due = progress[skill.id]?.status == .done
            ? ReviewSchedule.entry(for: skill.id, in: try session.reviewLog(), today: session.today) : nil
        return SkillPage(
            skill, in: catalog, unlocking: unlocking, unlocksInAll: unlocksInAll, progress: progress,
            history: history.map { HistoryRecord($0, in: catalog) }, timeZone: session.timeZone, due: due)
    }

    /// The skills every word matches, best first; nothing found is `.nothing` with the reason (a script still gets its empty answer).
    public func search(_ words: [String], roadmap roadmapID: String? = nil) throws -> SearchOutcome {
        let catalog = try session.catalog()
        let scope = try roadmapID.map { try catalog.requireRoadmap($0) }
        let search = SkillSearch(catalog: catalog, roadmap: scope)
        let query = words.joined(separator: " ")
        guard query.contains(where: { $0.isLetter || $0.isNumber }) else { throw CommandError.nothingToSearch }
        let hits = search.hits(query)
        guard !hits.isEmpty else {
            let word = search.unmatchedWords(query).first
            return .nothing(RoadmapError.noSkillMatches(query, word: word, roadmap: scope?.id, suggestions: word.map(search.suggestions) ?? []))
        }
        // Statuses come from the database when there is one; searching never creates it.
        return .found(SearchResults(hits, in: catalog, statuses: try session.statuses()))
    }

    public enum SearchOutcome {
        case found(SearchResults)
        case nothing(RoadmapError)
    }
}
