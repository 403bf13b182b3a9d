import Foundation
import GRDB
import RoadmapCore

/// A row of the command table, for the reads that take a command whole. `CommandLog` writes them.
struct CommandRow: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = "command"
    var id: Int64
    var uuid: String
    var recordedAt: String
    var name: String
    /// The command line as typed, as `CommandLog.encode` writes it.
    var arguments: String
    var undoes: Int64?
    var undoneBy: Int64?
    var importedBy: Int64?
    /// 0: only here; 1: written to this device's sync file; 2: pushed.
    var syncStage: Int

    enum CodingKeys: String, CodingKey {
        case id, uuid, recordedAt = "recorded_at", name, arguments, undoes, undoneBy = "undone_by", importedBy = "imported_by"
        case syncStage = "sync_stage"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let undoes = Column(CodingKeys.undoes)
        static let undoneBy = Column(CodingKeys.undoneBy)
        static let importedBy = Column(CodingKeys.importedBy)
    }

    /// The newest command undo may revert: recorded on this device (not received through sync), neither an undo nor
    /// undone, nor brought by an import, nor the upgrade that kept what an older database showed.
    static func newestUndoable(_ db: Database) throws -> CommandRow? {
        try CommandRow
            .filter(sql: Standing.command(databaseTableName))
            .filter(Columns.importedBy == nil)
            .filter(Column("origin") == nil && Column("name") != "upgrade")
            .order(Columns.id.desc)
            .fetchOne(db)
    }

    func recorded(path: String) throws -> RecordedCommand {
        RecordedCommand(
            id: id, name: name, arguments: CommandLog.decodeArguments(arguments), recordedAt: try CommandLog.date(recordedAt, path: path))
    }
}
