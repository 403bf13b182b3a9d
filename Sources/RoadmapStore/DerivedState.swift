import GRDB

/// State kept in tables because every read needs it, derived from the commands that stand and written only here, in
/// the same transaction as the write that changed what stands: today each skill's standing mark (`skill_state`).
// The store keeps it, not a trigger: undo, import and sync change what stands by updates and deletes an insert trigger never sees.
enum DerivedState {
    /// After a write that recorded status events of these recorded skill ids, or changed whether their commands stand.
    static func follow(_ db: Database, skills: some Collection<String>) throws {
        guard !skills.isEmpty else { return }
        try StandingMarks.refresh(db, ids: Set(skills))
    }

    /// Works it all out again (after an upgrade changed the order that decides).
    static func rebuild(_ db: Database) throws {
        try StandingMarks.refresh(db, ids: nil)
    }

    /// Where the kept state differs from the state worked out from the log again, one line each; none when it agrees.
    static func drift(_ db: Database) throws -> [String] {
        var kept: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT skill, event_id FROM skill_state") { kept[row[0]] = row[1] }
        var derived: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: StandingMarks.standing(filter: "")) { derived[row[0]] = row[1] }
        return Set(kept.keys).union(derived.keys).sorted().compactMap { skill in
            kept[skill] == derived[skill] ? nil
                : "skill_state of \(skill): event \(kept[skill].map(String.init) ?? "none"), the log says \(derived[skill].map(String.init) ?? "none")"
        }
    }
}

extension ProgressStore {
    /// Where the state the store keeps differs from the state worked out from the log again (for tests and doctor).
    public func derivedStateDrift() throws -> [String] {
        try read { try DerivedState.drift($0) }
    }
}
