/// The last 26 weeks as a weekday × week grid of how much was recorded each day, like a contribution graph; fewer
/// weeks on a terminal too narrow for 26.
public struct ActivityCalendar: Sendable, Hashable, TextRenderable {
    public static let weeks = 26

    /// Events per day.
    public var counts: [Day: Int]
    /// Of those, reviews of done skills per day, counted apart in the footer.
    public var reviews: [Day: Int]
    /// The grid's last day; its week is the right-most column.
    public var today: Day

    public init(counts: [Day: Int], reviews: [Day: Int] = [:], today: Day) {
        self.counts = counts
        self.reviews = reviews
        self.today = today
    }

    /// The Monday that starts the left-most column of the full grid.
    public var firstDay: Day { firstDay(weeks: Self.weeks) }

    /// The Monday that starts the left-most of `weeks` columns.
    public func firstDay(weeks: Int) -> Day { today.adding(days: -today.weekday - 7 * (weeks - 1)) }

    /// As many weeks as fit `width`: six columns of weekday names, then two a week.
    static func weeks(fitting width: Int?) -> Int {
        guard let width else { return weeks }
        return min(weeks, max(1, (width - 6) / 2))
    }

    public func text(in context: TextContext) -> String {
        let style = context.style
        let weeks = Self.weeks(fitting: context.width)
        let first = firstDay(weeks: weeks)
        let shown = counts.filter { $0.key >= first && $0.key <= today }
        let busiest = shown.values.max() ?? 0
        var text = "      "
        // Month labels above the column in which each month starts.
        var labels = Array(repeating: " ", count: weeks * 2)
        var lastMonth = first.month
        var free = 0
        for week in 0..<weeks {
            let monday = first.adding(days: week * 7)
            // A label goes where its month starts, unless the previous label is still in the way.
            if (week == 0 || monday.month != lastMonth) && week * 2 >= free {
                lastMonth = monday.month
                free = week * 2 + 4
                let name = Array(Self.monthNames[monday.month - 1])
                for (offset, character) in name.enumerated() where week * 2 + offset < labels.count {
                    labels[week * 2 + offset] = String(character)
                }
            }
        }
        text += labels.joined().trimmingTrailingSpaces() + "\n"
        for weekday in 0..<7 {
            text += Self.weekdayNames[weekday] + "   "
            for week in 0..<weeks {
                let day = first.adding(days: week * 7 + weekday)
                if day > today { text += "  "; continue }
                text += Self.cell(shown[day] ?? 0, busiest: busiest, style: style) + " "
            }
            text = text.trimmingTrailingSpaces() + "\n"
        }
        let total = shown.values.reduce(0, +)
        let activeDays = shown.values.filter { $0 > 0 }.count
        let reviewed = reviews.filter { $0.key >= first && $0.key <= today }.values.reduce(0, +)
        let events = Plural.count(total, "event") + (reviewed > 0 ? " (\(Plural.count(reviewed, "review")))" : "")
        let footer: String = "      \(events) on \(Plural.count(activeDays, "day")) since \(first)"
            + "   less " + [1, 2, 3, 4].map { Self.shades[$0] }.joined() + " more"
        text += footer.wrappedLines(width: context.width, hangingIndent: "      ")
        return text
    }

    static let shades = ["·", "░", "▒", "▓", "█"]
    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func cell(_ count: Int, busiest: Int, style: TextStyle) -> String {
        guard count > 0, busiest > 0 else { return style.dim(shades[0]) }
        let level = min(4, max(1, Int((Double(count) / Double(busiest) * 4).rounded(.up))))
        return style.green(shades[level])
    }
}
