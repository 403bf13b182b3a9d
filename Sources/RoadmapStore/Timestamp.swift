import Foundation
import RoadmapCore

/// Dates as stored: ISO-8601 UTC text with milliseconds ("2026-01-10T09:30:00.000Z").
/// Fixed width, so text order is time order; whole milliseconds, so a stored date reads back equal.
enum Timestamp {
    /// The date the database will hand back for `date`: rounded to the millisecond.
    static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    static func text(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (days, msOfDay) = floorDivision(ms, 86_400_000)
        let civil = Day(ordinal: Int(days))
        let (year, month, day) = (Int64(civil.year), Int64(civil.month), Int64(civil.day))
        let hour = msOfDay / 3_600_000, minute = msOfDay / 60_000 % 60
        let second = msOfDay / 1000 % 60, millisecond = msOfDay % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
    }

    /// Nil when `text` is not exactly in the stored format.
    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z"),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2),
              let second = number(bytes, 17, 2), let millisecond = number(bytes, 20, 3),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              hour < 24, minute < 60, second < 60,
              let civil = Day(year: Int(year), month: Int(month), day: Int(day))
        else { return nil }
        let days = Int64(civil.ordinal)
        let ms = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
        return Date(timeIntervalSince1970: Double(ms) / 1000)
    }

    /// Years 0000…9999 keep the fixed width, so out-of-range dates are clamped rather than trapping.
    private static func milliseconds(_ date: Date) -> Int64 {
        let ms = (date.timeIntervalSince1970 * 1000).rounded()
        let lowest = -62_167_219_200_000.0, highest = 253_402_300_799_999.0  // 0000-01-01 … 9999-12-31
        guard ms.isFinite else { return ms > 0 ? Int64(highest) : Int64(lowest) }
        return Int64(min(max(ms, lowest), highest))
    }

    private static func floorDivision(_ a: Int64, _ b: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = (a % b + b) % b
        return ((a - remainder) / b, remainder)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<start + length] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
