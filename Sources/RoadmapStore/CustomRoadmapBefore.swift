import Foundation
import GRDB

/// What the custom_roadmap table held for a roadmap before a command (add, remove, import) changed it,
/// so undo can put it back exactly.
enum CustomRoadmapBefore {
    /// Keeps the row as it is now (or that there was none); only the first change a command makes counts.
    static func remember(_ db: Database, id: String, commandID: Int64) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO custom_roadmap_before
                (command_id, id, existed, version, source, compiled, document, file_name, added_at, updated_at)
            SELECT ?, ?, r.id IS NOT NULL, r.version, r.source, r.compiled, r.document, r.file_name, r.added_at, r.updated_at
            FROM (SELECT 1) LEFT JOIN custom_roadmap r ON r.id = ?
            """, arguments: [commandID, id, id])
    }

    /// Puts back the custom roadmap `id` as it was before `commandID` changed it.
    static func restore(_ db: Database, commandID: Int64, id: String) throws {
        try db.execute(sql: "DELETE FROM custom_roadmap WHERE id = ?", arguments: [id])
        try db.execute(sql: """
            INSERT INTO custom_roadmap (id, version, source, compiled, document, file_name, added_at, updated_at)
            SELECT id, version, source, compiled, document, file_name, added_at, updated_at FROM custom_roadmap_before
            WHERE command_id = ? AND id = ? AND existed
            """, arguments: [commandID, id])
    }
}
