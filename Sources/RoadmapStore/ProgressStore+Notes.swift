import Foundation
import RoadmapCore
import GRDB

extension ProgressStore {
    /// Adds a free-text note to `skill`, as one command.
    public func addNote(skill: String, text: String, command: CommandInfo) throws {
        try write { db in
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandLog.recordEvent(db, commandID: commandID, at: command.at, skill: skill, kind: .note, note: text)
        }
    }

    /// Adds a link showing work on `skill`, as one command.
    public func addEvidence(skill: String, url: String, title: String?, command: CommandInfo) throws {
        try write { db in
            let commandID = try CommandLog.recordCommand(db, command)
            try CommandLog.recordEvent(
                db, commandID: commandID, at: command.at, skill: skill, kind: .evidence, url: url, title: title)
        }
    }
}
