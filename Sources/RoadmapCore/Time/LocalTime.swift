import Foundation

/// Moments as a person reads them in a time zone, worked out from the zone's offset at that moment
/// rather than through a Calendar or DateFormatter: history prints a hundred thousand of them.
public enum LocalTime {
    /// `2026-11-20 14:03`.
    public static func minute(_ date: Date, in timeZone: TimeZone) -> String {
        let (days, seconds) = localDaysAndSeconds(date, in: timeZone)
        let day = Day(ordinal: days)
        guard (0...9999).contains(day.year) else { return day.description + " " + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) }
        // Written byte by byte, as `Day.text`: large `history` prints 100,000 (4,200 instructions each when joined from pieces).
        return String(unsafeUninitializedCapacity: 16) { bytes in
            put(day.year, digits: 4, in: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            put(day.month, digits: 2, in: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            put(day.day, digits: 2, in: bytes, at: 8)
            bytes[10] = UInt8(ascii: " ")
            put(seconds / 3600, digits: 2, in: bytes, at: 11)
            bytes[13] = UInt8(ascii: ":")
            put(seconds / 60 % 60, digits: 2, in: bytes, at: 14)
            return 16
        }
    }

    /// `value` (0 or more, with no more than `count` digits) as `count` decimal digits, zero-padded, at `offset`.
    static func put(_ value: Int, digits count: Int, in bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var rest = value
        for index in (offset..<offset + count).reversed() {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// Whole days since 1970-01-01 and seconds into the day, both in the zone's local time.
    static func localDaysAndSeconds(_ date: Date, in timeZone: TimeZone) -> (days: Int, seconds: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (days, local - days * 86_400)
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
