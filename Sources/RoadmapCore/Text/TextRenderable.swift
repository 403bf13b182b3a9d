import Foundation

/// How text output is laid out for its reader: colour or not, the zone local times are shown in, and the
/// width lines must fit (nil when piped: never wrapped or cut).
public struct TextContext: Sendable {
    public var style: TextStyle
    public var timeZone: TimeZone
    public var width: Int?

    public init(style: TextStyle = .plain, timeZone: TimeZone, width: Int? = nil) {
        self.style = style
        self.timeZone = timeZone
        self.width = width.map { max($0, 20) }
    }

    /// `2026-11-20 14:03` in the reader's zone.
    public func minute(_ date: Date) -> String { LocalTime.minute(date, in: timeZone) }
}

/// A command's result as a terminal shows it; its `--json`, where it has one, comes from Codable.
public protocol TextRenderable {
    func text(in context: TextContext) -> String
    /// The same text as UTF-8 handed to `write` in pieces of whole lines, for a long one; by default the whole text
    /// at once.
    func writeText(in context: TextContext, _ write: ([UInt8]) -> Void)
}

extension TextRenderable {
    public func writeText(in context: TextContext, _ write: ([UInt8]) -> Void) { write(Array(text(in: context).utf8)) }
}
