import Foundation
import GRDB
import RoadmapCore

/// What commands set outside the log (enrolments, custom roadmaps), kept per command as they left it, so every device
/// derives the same rows from the commands that stand: an enrolment is the newest setter's target with the earliest
/// start; a custom roadmap is what the newest setter left. With no setter standing, the rows are as before the first.
enum CommandSettings {
    /// Keeps the enrolment of `roadmap` as `commandID` left it (call after the command changed the row).
    static func keepEnrolment(_ db: Database, commandID: Int64, roadmap: String) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO enrolment_after (command_id, roadmap, started_at, target_stage, target_date, updated_at)
            SELECT ?, roadmap, started_at, target_stage, target_date, updated_at FROM enrolment WHERE roadmap = ?
            """, arguments: [commandID, roadmap])
    }

    /// Keeps the custom roadmap `id` as `commandID` left it, or that it removed it.
    static func keepRoadmap(_ db: Database, commandID: Int64, id: String) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO custom_roadmap_after (command_id, id, existed, version, source, file_name, added_at, updated_at)
            SELECT ?, ?, r.id IS NOT NULL, r.version, r.source, r.file_name, r.added_at, r.updated_at
            FROM (SELECT 1) LEFT JOIN custom_roadmap r ON r.id = ?
            """, arguments: [commandID, id, id])
    }

    /// What the enrolment in `roadmap` derives to: `.unknown` when no command ever set it (a row older than commands
    /// recorded enrolments), else the row (nil: not started).
    static func derivedEnrolment(_ db: Database, roadmap: String) throws -> Derived<EnrolmentRow> {
        if let newest = try Row.fetchOne(db, sql: """
            SELECT a.target_stage, a.target_date, a.updated_at,
                   (SELECT MIN(f.started_at) FROM enrolment_after f JOIN command fc ON fc.id = f.command_id
                    WHERE f.roadmap = a.roadmap AND fc.undoes IS NULL AND fc.undone_by IS NULL) AS started_at
            FROM enrolment_after a JOIN command c ON c.id = a.command_id
            WHERE a.roadmap = ? AND c.undoes IS NULL AND c.undone_by IS NULL
            ORDER BY c.recorded_at DESC, c.uuid DESC LIMIT 1
            """, arguments: [roadmap]) {
            return .row(EnrolmentRow(
                roadmap: roadmap, startedAt: newest["started_at"], targetStage: newest["target_stage"],
                targetDate: newest["target_date"], updatedAt: newest["updated_at"]))
        }
        guard let first = try EnrolmentBefore.fetchOne(db, sql: """
            SELECT b.* FROM enrolment_before b JOIN enrolment_after a ON a.command_id = b.command_id AND a.roadmap = b.roadmap
            WHERE b.roadmap = ? ORDER BY b.command_id LIMIT 1
            """, arguments: [roadmap]) else { return .unknown }
        return .row(first.row)
    }

    /// What the custom roadmap `id` derives to, as `derivedEnrolment`.
    static func derivedRoadmap(_ db: Database, id: String) throws -> Derived<RoadmapSetting> {
        if let newest = try Row.fetchOne(db, sql: """
            SELECT a.existed, a.version, a.source, a.file_name, a.added_at, a.updated_at
            FROM custom_roadmap_after a JOIN command c ON c.id = a.command_id
            WHERE a.id = ? AND c.undoes IS NULL AND c.undone_by IS NULL
            ORDER BY c.recorded_at DESC, c.uuid DESC LIMIT 1
            """, arguments: [id]) {
            return .row(RoadmapSetting(id: id, row: newest))
        }
        guard let first = try Row.fetchOne(db, sql: """
            SELECT b.existed, b.version, b.source, b.file_name, b.added_at, b.updated_at
            FROM custom_roadmap_before b JOIN custom_roadmap_after a ON a.command_id = b.command_id AND a.id = b.id
            WHERE b.id = ? ORDER BY b.command_id LIMIT 1
            """, arguments: [id]) else { return .unknown }
        return .row(RoadmapSetting(id: id, row: first))
    }

    /// Makes the enrolment rows of `roadmaps` what the commands derive; returns those that changed.
    @discardableResult
    static func applyEnrolments(_ db: Database, roadmaps: some Collection<String>) throws -> [String] {
        var changed: [String] = []
        for roadmap in Set(roadmaps).sorted() {
            guard case let .row(derived) = try derivedEnrolment(db, roadmap: roadmap) else { continue }
            let current = try EnrolmentRow.fetchOne(db, key: roadmap)
            guard current?.backup != derived?.backup else { continue }
            _ = try EnrolmentRow.deleteOne(db, key: roadmap)
            try derived?.insert(db)
            changed.append(roadmap)
        }
        return changed
    }

    /// Makes the custom roadmap rows of `ids` what the commands derive; returns those that changed. A roadmap whose
    /// parsed document is not in `documents` (by id, same version) is stored to be parsed from its YAML when read.
    @discardableResult
    static func applyRoadmaps(_ db: Database, ids: some Collection<String>, documents: [String: RoadmapDocument] = [:]) throws -> [String] {
        var changed: [String] = []
        for id in Set(ids).sorted() {
            guard case let .row(derived) = try derivedRoadmap(db, id: id) else { continue }
            let current = try Row.fetchOne(db, sql: """
                SELECT 1 AS existed, version, source, file_name, added_at, updated_at FROM custom_roadmap WHERE id = ?
                """, arguments: [id]).map { RoadmapSetting(id: id, row: $0) }
            let wanted = derived.flatMap { $0.existed ? $0 : nil }
            guard current != wanted else { continue }
            try db.execute(sql: "DELETE FROM custom_roadmap WHERE id = ?", arguments: [id])
            if let wanted, let version = wanted.version, let source = wanted.source {
                let document = documents[id].flatMap { $0.version == version ? $0 : nil }
                var row = CustomRoadmapRow(
                    document: document, id: id, version: version, source: source, fileName: wanted.fileName ?? id,
                    addedAt: wanted.addedAt ?? "", updatedAt: wanted.updatedAt ?? "")
                // The compiled form this YAML had when a command replaced it (an undo puts back exactly what was stored).
                if document == nil, let compiled = try String.fetchOne(db, sql: """
                    SELECT compiled FROM custom_roadmap_before WHERE id = ? AND version = ? AND source = ? AND compiled <> '' LIMIT 1
                    """, arguments: [id, version, source]) {
                    row.compiled = compiled
                }
                try row.insert(db)
            }
            changed.append(id)
        }
        return changed
    }

    /// After `commandID` was undone: the enrolments and custom roadmaps it changed, derived again from the commands
    /// that still stand (in a history without sync, exactly as they were before it). Rows no command explains are put
    /// back as the command found them. Returns the roadmaps it had changed.
    static func deriveAfterUndo(_ db: Database, of commandID: Int64) throws -> (enrolments: [String], roadmaps: [String]) {
        let befores = try EnrolmentBefore.of(commandID: commandID).fetchAll(db)
        for before in befores {
            guard case .unknown = try derivedEnrolment(db, roadmap: before.roadmap) else { continue }
            _ = try EnrolmentRow.deleteOne(db, key: before.roadmap)
            try before.row?.insert(db)
        }
        try applyEnrolments(db, roadmaps: befores.map(\.roadmap))
        let ids = try String.fetchAll(db, sql: "SELECT id FROM custom_roadmap_before WHERE command_id = ? ORDER BY id", arguments: [commandID])
        for id in ids {
            guard case .unknown = try derivedRoadmap(db, id: id) else { continue }
            try CustomRoadmapBefore.restore(db, commandID: commandID, id: id)
        }
        try applyRoadmaps(db, ids: ids)
        return (befores.map(\.roadmap), ids)
    }

    enum Derived<Value> {
        /// No command ever set it: the row stays as it is.
        case unknown
        case row(Value?)
    }
}

/// A custom roadmap's row as a command left it, without its compiled document.
struct RoadmapSetting: Hashable {
    var id: String
    var existed: Bool
    var version: Int?
    var source: String?
    var fileName: String?
    var addedAt: String?
    var updatedAt: String?

    init(id: String, row: Row) {
        self.id = id
        existed = row["existed"]
        version = row["version"]
        source = row["source"]
        fileName = row["file_name"]
        addedAt = row["added_at"]
        updatedAt = row["updated_at"]
    }
}
