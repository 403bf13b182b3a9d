import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Import commands stay out of backups: what they brought is in the backup itself, and a restored backup
    /// exports the same bytes. Their undos go with them.
    static let notAnImport = """
        c.name <> 'import' AND NOT EXISTS (SELECT 1 FROM command i WHERE i.id = c.undoes AND i.name = 'import')
        """

    /// Everything the database holds, in log order, read in one transaction.
    public func backup(exportedAt: Date) throws -> ProgressBackup {
        try read { db in
            let enrolments = try EnrolmentRow.inStartOrder(db).map(\.backup)
            let roadmaps = try Row.fetchAll(db, sql: "SELECT * FROM custom_roadmap ORDER BY id").map {
                ProgressBackup.CustomRoadmap(
                    id: $0["id"], version: $0["version"], fileName: $0["file_name"], source: $0["source"],
                    addedAt: $0["added_at"], updatedAt: $0["updated_at"])
            }
            let commands = try Row.fetchAll(db, sql: """
                SELECT c.uuid, c.recorded_at, c.name, c.arguments, u.uuid AS undoes, b.uuid AS undone_by
                FROM command c LEFT JOIN command u ON u.id = c.undoes LEFT JOIN command b ON b.id = c.undone_by
                WHERE \(Self.notAnImport)
                ORDER BY c.id
                """).map {
                // Read by position: exporting 100,000 events takes 54% more user time through Decodable records (Benchmarks/README.md, large).
                ProgressBackup.Command(
                    uuid: $0[0], recordedAt: $0[1], name: $0[2], arguments: CommandLog.decodeArguments($0[3]), undoes: $0[4], undoneBy: $0[5])
            }
            var events: [ProgressBackup.Event] = []
            // Read by position, as the commands above.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.uuid, c.uuid AS command, e.at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title, e.withdraws, e.recall
                FROM event e JOIN command c ON c.id = e.command_id WHERE \(Self.notAnImport) ORDER BY e.id
                """)
            while let row = try rows.next() {
                events.append(ProgressBackup.Event(
                    uuid: row[0], command: row[1], at: row[2], skill: row[3], kind: row[4],
                    from: row[5], to: row[6], note: row[7], url: row[8], title: row[9], withdraws: row[10], recall: row[11]))
            }
            return ProgressBackup(
                schemaVersion: Self.schemaVersion, exportedAt: Timestamp.text(exportedAt), enrolments: enrolments,
                roadmaps: roadmaps, commands: commands, events: events)
        }
    }
}
