/// The last 52 weeks as a contribution graph: a column a week (Monday on top), a cell a day, shaded by how many
/// events the log holds for that day relative to the busiest day.
public struct ActivityHeatmap: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var day: Day
        public var week: Int
        public var weekday: Int
        public var count: Int
        /// 0 for none, then 1 to 4 in quarters of the busiest day.
        public var level: Int
    }

    public static let weeks = 52
    public var cells: [Cell]
    public var total: Int
    public var activeDays: Int

    /// - Parameter counts: events per day; days after `today` are left out.
    public init(counts: [Day: Int], today: Day) {
        let calendar = ActivityCalendar(counts: counts, today: today)
        let first = calendar.firstDay(weeks: Self.weeks)
        let days = first.days(until: today)
        let shown = (0...days).map { first.adding(days: $0) }
        let busiest = shown.map { counts[$0] ?? 0 }.max() ?? 0
        cells = shown.enumerated().map { offset, day in
            let count = counts[day] ?? 0
            let level = count == 0 || busiest == 0 ? 0 : min(4, (count * 4 + busiest - 1) / busiest)
            return Cell(day: day, week: offset / 7, weekday: offset % 7, count: count, level: level)
        }
        total = cells.reduce(0) { $0 + $1.count }
        activeDays = cells.count { $0.count > 0 }
    }
}
