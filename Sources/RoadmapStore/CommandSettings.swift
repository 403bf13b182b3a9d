import Foundation
import GRDB
import RoadmapCore

/// The rows commands set outside the log, derived again from the commands that stand (`CommandSetting`): after a
/// sync and after an undo.
enum CommandSettings {
    /// Makes the enrolment rows of `roadmaps` what the commands derive; returns those that changed.
    @discardableResult
    static func applyEnrolments(_ db: Database, roadmaps: some Collection<String>) throws -> [String] {
        try CommandSetting.enrolment.apply(db, keys: roadmaps) { roadmap, row in
            try CommandSetting.enrolment.insertPlain(db, key: roadmap, row)
        }
    }

    /// Makes the custom roadmap rows of `ids` what the commands derive; returns those that changed. A roadmap whose
    /// parsed document is not in `documents` (by id, same version) is stored to be parsed from its YAML when read.
    @discardableResult
    static func applyRoadmaps(_ db: Database, ids: some Collection<String>, documents: [String: RoadmapDocument] = [:]) throws -> [String] {
        try CommandSetting.customRoadmap.apply(db, keys: ids) { id, wanted in
            guard let version = wanted["version"] as Int?, let source = wanted["source"] as String? else { return }
            let document = documents[id].flatMap { $0.version == version ? $0 : nil }
            var row = CustomRoadmapRow(
                document: document, id: id, version: version, source: source, fileName: wanted["file_name"] as String? ?? id,
                addedAt: wanted["added_at"] as String? ?? "", updatedAt: wanted["updated_at"] as String? ?? "")
            // The compiled form this YAML had when a command replaced it (an undo puts back exactly what was stored).
            if document == nil, let compiled = try String.fetchOne(db, sql: """
                SELECT compiled FROM custom_roadmap_before WHERE id = ? AND version = ? AND source = ? AND compiled <> '' LIMIT 1
                """, arguments: [id, version, source]) {
                row.compiled = compiled
            }
            try row.insert(db)
        }
    }

    /// After `commandID` was undone: the enrolments and custom roadmaps it changed, derived again from the commands
    /// that still stand (in a history without sync, exactly as they were before it). Rows no command explains are put
    /// back as the command found them. Returns the roadmaps it had changed.
    static func deriveAfterUndo(_ db: Database, of commandID: Int64) throws -> (enrolments: [String], roadmaps: [String]) {
        var changed: [[String]] = []
        for setting in [CommandSetting.enrolment, .customRoadmap] {
            let keys = try String.fetchAll(
                db, sql: "SELECT \(setting.key) FROM \(setting.table)_before WHERE command_id = ? ORDER BY \(setting.key)", arguments: [commandID])
            for key in keys {
                guard case .unknown = try setting.derive(db, key: key) else { continue }
                try setting.restoreBefore(db, key: key, commandID: commandID)
            }
            changed.append(keys)
        }
        try applyEnrolments(db, roadmaps: changed[0])
        try applyRoadmaps(db, ids: changed[1])
        return (changed[0], changed[1])
    }
}
