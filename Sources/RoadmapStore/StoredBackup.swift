import GRDB
import RoadmapCore

/// A backup of the database, read part by part inside one read transaction (`ProgressStore.readBackup`).
public struct StoredBackup: BackupParts {
    let db: Database
    public let exportedAt: String
    public var format: String { ProgressBackup.formatName }
    public var formatVersion: Int { ProgressBackup.currentFormatVersion }
    public var schemaVersion: String { ProgressStore.schemaVersion }
    private static let notAnImport = ProgressStore.notAnImport

    /// The number of events the backup holds, read apart (only for a notice that a large one is under way).
    public func eventCount() throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM event e JOIN command c ON c.id = e.command_id WHERE \(Self.notAnImport)") ?? 0
    }

    /// Each command as the row the cursor stands on, its text read where SQLite holds it.
    public func eachCommand(_ body: (CommandRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: """
            SELECT c.uuid, c.recorded_at, c.name, c.arguments, u.uuid AS undoes, b.uuid AS undone_by
            FROM command c LEFT JOIN command u ON u.id = c.undoes LEFT JOIN command b ON b.id = c.undone_by
            WHERE \(Self.notAnImport)
            ORDER BY c.id
            """)
        let rows = try Row.fetchCursor(statement)
        let row = CommandRow(columns: StatementColumns(statement))
        while try rows.next() != nil { try body(row) }
    }

    /// A command's row, valid only while the cursor stands on it.
    public struct CommandRow: CommandFields {
        fileprivate let columns: StatementColumns

        public func withText<Result>(_ field: ProgressBackup.Command.Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
            columns.withValidText(Self.column(field), body)
        }

        /// The arguments the row's JSON array holds, each in place when it has no escape (`JSONStringArray`).
        public func eachArgument(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            columns.withValidText(3) { text in
                guard let text else { return }
                if JSONStringArray.eachPlainString(text, body) { return }
                for var argument in CommandLog.decodeArguments(String(decoding: text, as: UTF8.self)) { argument.withUTF8(body) }
            }
        }

        /// The field's place in `eachCommand`'s SELECT.
        private static func column(_ field: ProgressBackup.Command.Field) -> CInt {
            switch field {
            case .uuid: 0
            case .recordedAt: 1
            case .name: 2
            case .undoes: 4
            case .undoneBy: 5
            }
        }
    }

    public func eachEnrolment(_ body: (ProgressBackup.Enrolment) throws -> Void) throws {
        try EnrolmentRow.inStartOrder(db).forEach { try body($0.backup) }
    }

    /// Each event as the row the cursor stands on, its text read where SQLite holds it.
    public func eachEvent(_ body: (EventRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: """
            SELECT e.uuid, c.uuid AS command, e.at, e.skill, e.kind, e.from_status, e.to_status, e.note, e.url, e.title, e.withdraws, e.recall
            FROM event e JOIN command c ON c.id = e.command_id WHERE \(Self.notAnImport) ORDER BY e.id
            """)
        let rows = try Row.fetchCursor(statement)
        let row = EventRow(columns: StatementColumns(statement))
        while try rows.next() != nil { try body(row) }
    }

    /// An event's row, valid only while the cursor stands on it.
    public struct EventRow: EventFields {
        fileprivate let columns: StatementColumns

        public func withText<Result>(_ field: ProgressBackup.Event.Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
            columns.withValidText(Self.column(field), body)
        }

        /// The field's place in `eachEvent`'s SELECT.
        private static func column(_ field: ProgressBackup.Event.Field) -> CInt {
            switch field {
            case .uuid: 0
            case .command: 1
            case .at: 2
            case .skill: 3
            case .kind: 4
            case .from: 5
            case .to: 6
            case .note: 7
            case .url: 8
            case .title: 9
            case .withdraws: 10
            case .recall: 11
            }
        }
    }

    public func eachRoadmap(_ body: (ProgressBackup.CustomRoadmap) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM custom_roadmap ORDER BY id")
        while let row = try rows.next() {
            try body(ProgressBackup.CustomRoadmap(
                id: row["id"], version: row["version"], fileName: row["file_name"], source: row["source"],
                addedAt: row["added_at"], updatedAt: row["updated_at"]))
        }
    }
}
