import GRDB

/// State kept in tables because every read needs it, derived from the commands that stand and written only here, in
/// the same transaction as the write that changed what stands: today each skill's standing mark (`skill_state`: the
/// deciding event, its status and time).
// The store keeps it, not a trigger: undo, import and sync change what stands by updates and deletes an insert trigger never sees.
enum DerivedState {
    /// After a write that recorded status events of these recorded skill ids, or changed whether their commands stand.
    static func follow(_ db: Database, skills: some Collection<String>, columns: StandingMarks.Columns = .withMark) throws {
        guard !skills.isEmpty else { return }
        try StandingMarks.refresh(db, ids: Set(skills), columns: columns)
    }

    /// Works it all out again (after an upgrade changed the order that decides). `columns`: as the schema being
    /// upgraded has the tables (schema 007's step runs before 010 gave skill_state its mark).
    static func rebuild(_ db: Database, columns: StandingMarks.Columns = .withMark) throws {
        try StandingMarks.refresh(db, ids: nil, columns: columns)
    }

    /// Where the kept state differs from the state worked out from the log again, one line each; none when it agrees.
    static func drift(_ db: Database) throws -> [String] {
        func described(_ row: Row) -> String {
            "event \(row[1] as Int64? ?? 0) (\(row[2] as String? ?? "no status") at \(row[3] as String? ?? "no time"))"
        }
        var kept: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT skill, event_id, to_status, at FROM skill_state") { kept[row[0]] = described(row) }
        var derived: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM " + StandingMarks.standing()) { derived[row[0]] = described(row) }
        return Set(kept.keys).union(derived.keys).sorted().compactMap { skill in
            kept[skill] == derived[skill] ? nil
                : "skill_state of \(skill): \(kept[skill] ?? "event none"), the log says \(derived[skill] ?? "event none")"
        }
    }
}

extension ProgressStore {
    /// Where the state the store keeps differs from the state worked out from the log again (for tests and doctor).
    public func derivedStateDrift() throws -> [String] {
        try read { try DerivedState.drift($0) }
    }
}
