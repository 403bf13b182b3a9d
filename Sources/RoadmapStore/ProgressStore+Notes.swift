import Foundation
import RoadmapCore
import GRDB

extension ProgressStore {
    /// Adds a free-text note to `skill`, as one command.
    public func addNote(skill: String, text: String, command: CommandInfo) throws {
        try write { db in
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandLog.recordEvent(db, commandID: commandID, at: .instant(command.at), skill: skill, kind: .note, note: text)
        }
    }

    /// Adds a link showing work on `skill`, as one command.
    public func addEvidence(skill: String, url: String, title: String?, command: CommandInfo) throws {
        try write { db in
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandLog.recordEvent(
                db, commandID: commandID, at: .instant(command.at), skill: skill, kind: .evidence, url: url, title: title)
        }
    }

    /// Withdraws a note in force (as `Note.event` names it), as one command: it stays in history, leaves
    /// show and export, and comes back if the withdrawal is undone.
    public func withdrawNote(_ note: Note, skill: String, command: CommandInfo) throws {
        try withdraw(event: note.event, kind: .noteWithdrawn, skill: skill, note: note.text, command: command)
    }

    /// Withdraws evidence in force, as `withdrawNote` does a note.
    public func withdrawEvidence(_ evidence: Evidence, skill: String, command: CommandInfo) throws {
        try withdraw(event: evidence.event, kind: .evidenceWithdrawn, skill: skill, url: evidence.url, title: evidence.title, command: command)
    }

    private func withdraw(
        event: String?, kind: HistoryEntry.Kind, skill: String, note: String? = nil, url: String? = nil, title: String? = nil,
        command: CommandInfo
    ) throws {
        try write { db in
            guard let event, try Self.isInForce(db, event: event) else { throw StoreError.notInForce(what: kind == .noteWithdrawn ? "note" : "evidence") }
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandLog.recordEvent(
                db, commandID: commandID, at: .instant(command.at), skill: skill, kind: kind, note: note, url: url, title: title,
                withdraws: event)
        }
    }

    /// Whether an event's command stands and no standing command withdrew it.
    static func isInForce(_ db: Database, event: String) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT \(Standing.command("c")) AND \(Standing.notWithdrawn("e"))
            FROM event e JOIN command c ON c.id = e.command_id WHERE e.uuid = ?
            """, arguments: [event]) ?? false
    }
}
