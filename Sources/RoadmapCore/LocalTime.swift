import Foundation

/// Moments as a person reads them in a time zone, worked out from the zone's offset at that moment
/// rather than through a Calendar or DateFormatter: history prints a hundred thousand of them.
public enum LocalTime {
    /// `2026-11-20 14:03`.
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let (days, seconds) = localDaysAndSeconds(date, in: timeZone)
        let (year, month, day) = civil(days: days)
        return Day.text(year: year, month: month, day: day) + " " + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60)
    }

    /// Whole days since 1970-01-01 and seconds into the day, both in the zone's local time.
    static func localDaysAndSeconds(_ date: Date, in timeZone: TimeZone) -> (days: Int, seconds: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (days, local - days * 86_400)
    }

    /// Year, month and day of a count of days since 1970-01-01 in the proleptic Gregorian calendar
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
