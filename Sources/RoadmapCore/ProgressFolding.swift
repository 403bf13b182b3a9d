import Foundation

extension Catalog {
    /// Progress keyed by current skill ids: what was recorded under a former id (an alias) belongs to the
    /// skill that claims it; the newest status wins, notes and evidence join. Retired ids keep their own.
    public func currentProgress(_ records: [String: SkillProgress]) -> [String: SkillProgress] {
        guard !aliases.isEmpty else { return records }
        var folded: [String: SkillProgress] = [:]
        for id in records.keys.sorted() {
            let record = records[id]!
            let current = currentID(id) ?? id
            guard let existing = folded[current] else {
                folded[current] = SkillProgress(skill: current, status: record.status, since: record.since, notes: record.notes, evidence: record.evidence)
                continue
            }
            let newer = (record.since ?? .distantPast) > (existing.since ?? .distantPast) ? record : existing
            folded[current] = SkillProgress(
                skill: current, status: newer.status, since: newer.since,
                notes: (existing.notes + record.notes).sorted { $0.at < $1.at },
                evidence: (existing.evidence + record.evidence).sorted { $0.at < $1.at })
        }
        return folded
    }

    /// The ids progress may be recorded under for a skill: its own and its former ones.
    public func recordedIDs(of skillID: String) -> [String] {
        [skillID] + aliases.filter { $0.value == skillID }.keys.sorted()
    }
}
