import GRDB

extension ProgressStore {
    /// Changes whenever a command is recorded, here or by another process (an undo, an import and a sync record
    /// commands too): what the served page polls to know it should show the database again. Two integer reads.
    public func logVersion() throws -> String {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(max(id), 0) FROM command")
            return "\(row?[0] as Int64? ?? 0).\(row?[1] as Int64? ?? 0)"
        }
    }
}
