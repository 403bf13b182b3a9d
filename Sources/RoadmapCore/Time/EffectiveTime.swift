import Foundation

/// When a mark took effect: the moment it was recorded, or the day the user dated it to (`done --on`),
/// which has no time of day.
public enum EffectiveTime: Sendable, Hashable {
    case instant(Date)
    case day(Day)

    /// The local day it falls on.
    public func day(in timeZone: TimeZone) -> Day {
        switch self {
        case let .instant(date): Day(date, in: timeZone)
        case let .day(day): day
        }
    }
}

extension EffectiveTime: Codable {
    /// An ISO-8601 time for a moment, `YYYY-MM-DD` for a dated day.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .instant(date): try container.encode(date)
        case let .day(day): try container.encode(day.description)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self), let day = Day(text) {
            self = .day(day)
        } else {
            self = .instant(try container.decode(Date.self))
        }
    }
}
