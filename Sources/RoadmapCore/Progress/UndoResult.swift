import Foundation

/// What `undoLast` reverted (or, for a dry run, would revert).
public struct UndoResult: Sendable, Hashable {
    /// The command that was reverted.
    public let undone: RecordedCommand
    /// Each skill whose status or day changed, back to what it was before the reverted command.
    public let changes: [StatusChange]
    /// Notes and evidence the reverted command had added, which no longer count.
    public let notesWithdrawn: Int
    public let evidenceWithdrawn: Int
    /// Notes and evidence the reverted command had withdrawn, which count again.
    public let notesRestored: Int
    public let evidenceRestored: Int
    /// Enrolments put back as they were: before the undo → after it (nil: not started).
    public let enrolments: [EnrolmentRestore]
    /// Custom roadmaps put back as they were before the reverted command.
    public let roadmaps: [RoadmapRestore]
    /// For an undone import: the commands and events it had brought, now removed.
    public let importedCommandsRemoved: Int
    public let importedEventsRemoved: Int

    public init(
        undone: RecordedCommand, changes: [StatusChange], notesWithdrawn: Int = 0, evidenceWithdrawn: Int = 0,
        notesRestored: Int = 0, evidenceRestored: Int = 0, enrolments: [EnrolmentRestore] = [], roadmaps: [RoadmapRestore] = [],
        importedCommandsRemoved: Int = 0, importedEventsRemoved: Int = 0
    ) {
        self.undone = undone
        self.changes = changes
        self.notesWithdrawn = notesWithdrawn
        self.evidenceWithdrawn = evidenceWithdrawn
        self.notesRestored = notesRestored
        self.evidenceRestored = evidenceRestored
        self.enrolments = enrolments
        self.roadmaps = roadmaps
        self.importedCommandsRemoved = importedCommandsRemoved
        self.importedEventsRemoved = importedEventsRemoved
    }
}

/// An enrolment an undo put back.
public struct EnrolmentRestore: Sendable, Hashable {
    public let roadmap: String
    /// Before the undo; nil when the roadmap was not started.
    public let from: Enrolment?
    /// After the undo; nil when the roadmap is no longer started.
    public let to: Enrolment?

    public init(roadmap: String, from: Enrolment?, to: Enrolment?) {
        self.roadmap = roadmap
        self.from = from
        self.to = to
    }
}

/// A custom roadmap an undo put back.
public struct RoadmapRestore: Sendable, Hashable {
    public let id: String
    /// The version it is back to; nil when it is no longer added.
    public let version: Int?

    public init(id: String, version: Int?) {
        self.id = id
        self.version = version
    }
}

/// A command as the log recorded it.
public struct RecordedCommand: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let arguments: [String]
    public let recordedAt: Date

    public init(id: Int64, name: String, arguments: [String], recordedAt: Date) {
        self.id = id
        self.name = name
        self.arguments = arguments
        self.recordedAt = recordedAt
    }
}
