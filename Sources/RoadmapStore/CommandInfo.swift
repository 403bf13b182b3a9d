import Foundation
import RoadmapCore

/// The user command a write belongs to, as the log records it.
public struct CommandInfo: Sendable, Hashable {
    /// "done", "learning", "skip", "reset", "note", "evidence", "undo".
    public var name: String
    /// The command line as typed, e.g. ["done", "python.numpy", "--on", "2026-01-10"].
    public var arguments: [String]
    /// When the command ran; injectable so tests control the clock.
    public var at: Date

    public init(name: String, arguments: [String], at: Date = Date()) {
        self.name = name
        self.arguments = arguments
        self.at = at
    }
}
