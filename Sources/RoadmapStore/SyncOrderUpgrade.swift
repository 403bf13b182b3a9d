import Foundation
import GRDB
import RoadmapCore

/// Schema 007's step after its SQL: an existing database comes to follow the agreed order without changing what it
/// shows. Past commands get the after-states of what they set (from the next setter's before-state, or the row as it
/// is now); then, where the agreed order would decide otherwise than insertion order did (an import that brought
/// older marks after newer ones) or a row no command explains, one 'upgrade' command records what the database
/// showed, so it shows it still and every device it syncs with shows it too.
enum SyncOrderUpgrade {
    static func apply(_ db: Database) throws {
        for setting in [CommandSetting.enrolment, .customRoadmap] { try setting.keepPast(db) }

        // What each recorded skill showed, decided by insertion order (skill_state as schema 006 kept it).
        let shown = try marks(db)
        try DerivedState.rebuild(db, columns: .eventOnly)
        let derived = try marks(db)
        let differing = shown.filter { skill, mark in derived[skill]?.status != mark.status || derived[skill]?.at != mark.at }

        let unexplainedEnrolments = try EnrolmentRow.inStartOrder(db).map(\.roadmap).filter {
            try CommandSetting.enrolment.isUnexplained(db, key: $0)
        }
        let roadmaps = try String.fetchAll(db, sql: "SELECT id FROM custom_roadmap UNION SELECT id FROM custom_roadmap_after ORDER BY id")
        let unexplainedRoadmaps = try roadmaps.filter { try CommandSetting.customRoadmap.isUnexplained(db, key: $0) }
        guard !differing.isEmpty || !unexplainedEnrolments.isEmpty || !unexplainedRoadmaps.isEmpty else { return }

        let commandID = try CommandLog.recordCommand(db, CommandInfo(name: "upgrade", arguments: ["roadmap", "upgrade", "--schema", "007_sync"], at: Date()))
        for (skill, mark) in differing.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: """
                INSERT INTO event (uuid, command_id, at, skill, kind, from_status, to_status) VALUES (?, ?, ?, ?, 'status', ?, ?)
                """, arguments: [CommandLog.newUUID(), commandID, mark.at, skill, derived[skill]?.status ?? "todo", mark.status])
        }
        try DerivedState.follow(db, skills: differing.keys, columns: .eventOnly)
        for (setting, keys) in [(CommandSetting.enrolment, unexplainedEnrolments), (CommandSetting.customRoadmap, unexplainedRoadmaps)] {
            for key in keys {
                try setting.rememberBefore(db, key: key, commandID: commandID)
                try setting.keep(db, commandID: commandID, key: key)
            }
        }
    }

    private static func marks(_ db: Database) throws -> [String: (status: String, at: String)] {
        var marks: [String: (status: String, at: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT s.skill, e.to_status, e.at FROM skill_state s JOIN event e ON e.id = s.event_id") {
            marks[row[0]] = (row[1], row[2])
        }
        return marks
    }
}
