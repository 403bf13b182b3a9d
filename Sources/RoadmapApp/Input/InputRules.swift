import Foundation
import RoadmapCore

/// The rules about a command's input that are not about roadmaps or skills, each checked before anything
/// opens for writing.
public enum InputRules {
    /// A `YYYY-MM-DD` option, checked against the calendar.
    public static func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(text) else { throw RoadmapError.invalidDate(text, option: option) }
        return day
    }

    /// `--limit N`: a count, 1 or more.
    public static func checkLimit(_ limit: Int?) throws {
        if let limit, limit < 1 { throw LimitError(limit: limit) }
    }

    /// A `--limit` below 1; the command line shows it as a usage error.
    public struct LimitError: Error, Equatable, CustomStringConvertible {
        public var limit: Int
        public init(limit: Int) { self.limit = limit }
        public var description: String { "--limit must be 1 or more, not \(limit)" }
    }

    /// Text a user gave (a note, a title) that holds nothing but spaces is refused; nil stays nil.
    public static func checkNotBlank(_ text: String?, what: String) throws {
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw RoadmapError.emptyText(what: what) }
    }
}
