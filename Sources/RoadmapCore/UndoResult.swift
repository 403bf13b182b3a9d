import Foundation

/// What `undoLast` reverted.
public struct UndoResult: Sendable, Hashable {
    /// The command that was reverted.
    public let undone: RecordedCommand
    /// Status changes the undo made, each back to the status before the reverted command.
    public let changes: [StatusChange]
    /// Notes and evidence of the reverted command that no longer count.
    public let notesWithdrawn: Int
    public let evidenceWithdrawn: Int

    public init(undone: RecordedCommand, changes: [StatusChange], notesWithdrawn: Int, evidenceWithdrawn: Int) {
        self.undone = undone
        self.changes = changes
        self.notesWithdrawn = notesWithdrawn
        self.evidenceWithdrawn = evidenceWithdrawn
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
