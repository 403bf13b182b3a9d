import Foundation

/// A few facts about how the user has been working, drawn from the log.
public struct ActivitySummary: Sendable, Hashable, Codable {
    /// Events that still stand (not undone, not undos).
    public var events: Int
    public var activeDays: Int
    public var first: String?
    public var last: String?
    /// Skills marked done, counting only marks still in force.
    public var doneInLast28Days: Int
    public var busiestDay: String?
    public var busiestDayEvents: Int

    /// Events per day: only what still stands counts as activity, so undone commands and undos themselves do not.
    public static func dailyCounts(_ history: [HistoryEntry], timeZone: TimeZone) -> [Day: Int] {
        var perDay: [Day: Int] = [:]
        for entry in history where !entry.commandUndone && entry.undoes == nil && entry.kind != .command {
            perDay[entry.at.day(in: timeZone), default: 0] += 1
        }
        return perDay
    }

    /// Reviews per day, among the events `dailyCounts` counts: told apart from learning new skills.
    public static func dailyReviews(_ history: [HistoryEntry], timeZone: TimeZone) -> [Day: Int] {
        var perDay: [Day: Int] = [:]
        for entry in history where !entry.commandUndone && entry.undoes == nil && entry.kind == .review {
            perDay[entry.at.day(in: timeZone), default: 0] += 1
        }
        return perDay
    }

    public init(history: [HistoryEntry], progress: [String: SkillProgress], today: Day, timeZone: TimeZone) {
        self.init(dailyCounts: Self.dailyCounts(history, timeZone: timeZone), progress: progress, today: today, timeZone: timeZone)
    }

    /// From the events per day that `dailyCounts` counts.
    public init(dailyCounts perDay: [Day: Int], progress: [String: SkillProgress], today: Day, timeZone: TimeZone) {
        events = perDay.values.reduce(0, +)
        activeDays = perDay.count
        first = perDay.keys.min()?.description
        last = perDay.keys.max()?.description
        let busiest = perDay.max { ($0.value, $1.key) < ($1.value, $0.key) }
        busiestDay = busiest?.key.description
        busiestDayEvents = busiest?.value ?? 0
        doneInLast28Days = progress.values.filter { record in
            guard record.status == .done, let since = record.since else { return false }
            return (0..<28).contains(since.day(in: timeZone).days(until: today))
        }.count
    }
}
