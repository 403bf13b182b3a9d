import Foundation
import GRDB
import RoadmapCore

/// A row of the event table, for the reads that take events whole. `CommandLog` writes them.
struct EventRow: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = "event"
    var id: Int64
    var uuid: String
    var commandID: Int64
    var at: String
    var skill: String
    var kind: String
    var fromStatus: String?
    var toStatus: String?
    var note: String?
    var url: String?
    var title: String?
    /// The uuid of the note or evidence event a withdrawal withdraws.
    var withdraws: String?
    /// Reviews only: how well the skill was recalled.
    var recall: String?

    enum CodingKeys: String, CodingKey {
        case id, uuid, commandID = "command_id", at, skill, kind, fromStatus = "from_status", toStatus = "to_status"
        case note, url, title, withdraws, recall
    }

    /// The events `commandID` recorded, in log order.
    static func recorded(by commandID: Int64) -> QueryInterfaceRequest<EventRow> {
        filter(Column(CodingKeys.commandID) == commandID).order(Column(CodingKeys.id))
    }
}
