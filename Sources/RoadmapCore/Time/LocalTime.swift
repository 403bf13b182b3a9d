import Foundation

/// Moments as a person reads them in a time zone, worked out from the zone's offset at that moment
/// rather than through a Calendar or DateFormatter: history prints a hundred thousand of them.
public enum LocalTime {
    /// `2026-11-20 14:03`.
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let (days, seconds) = localDaysAndSeconds(date, in: timeZone)
        return Day(ordinal: days).description + " " + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60)
    }

    /// Whole days since 1970-01-01 and seconds into the day, both in the zone's local time.
    static func localDaysAndSeconds(_ date: Date, in timeZone: TimeZone) -> (days: Int, seconds: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (days, local - days * 86_400)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
