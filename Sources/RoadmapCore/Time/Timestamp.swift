import Foundation

/// Dates as stored: ISO-8601 UTC text with milliseconds ("2026-01-10T09:30:00.000Z").
/// Fixed width, so text order is time order; whole milliseconds, so a stored date reads back equal.
/// The one reader of stored times: the store, the import check and the sync line check all read through `date`.
public enum Timestamp {
    /// The date the database will hand back for `date`: rounded to the millisecond.
    public static func normalized(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    public static func text(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (days, msOfDay) = floorDivision(ms, 86_400_000)
        let civil = Day(ordinal: Int(days))
        let (year, month, day) = (Int64(civil.year), Int64(civil.month), Int64(civil.day))
        let hour = msOfDay / 3_600_000, minute = msOfDay / 60_000 % 60
        let second = msOfDay / 1000 % 60, millisecond = msOfDay % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
    }

    /// Nil when `text` is not exactly in the stored format, or names a moment the calendar has not.
    public static func date(_ text: String) -> Date? {
        if case let .date(date) = read(text) { return date }
        return nil
    }

    /// `date(_:)` of text's UTF-8 bytes, as a database column holds them.
    public static func date(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        if case let .date(date) = read(bytes) { return date }
        return nil
    }

    /// What is wrong with `text` as a stored time ("hour 25 is not 00–23"); nil when it reads.
    public static func problem(_ text: String) -> String? {
        if case let .invalid(reason) = read(text) { return reason }
        return nil
    }

    private enum Reading {
        case date(Date)
        case invalid(String)
    }

    // Byte by byte, without copying, and a reason made only for a refusal: a backup's and a history's hundred
    // thousand times are read through here.
    private static func read(_ text: String) -> Reading {
        var text = text
        return text.withUTF8(read)
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        let shape = "is not written 2026-01-10T09:30:00.000Z (UTC, to the millisecond)"
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: ".")
        else {
            let zoneless = bytes.count >= 19 && bytes.last != UInt8(ascii: "Z") && Day(String(decoding: bytes.prefix(10), as: UTF8.self)) != nil
            return .invalid(zoneless ? "has no time zone: stored times are UTC and end in Z" : shape)
        }
        guard bytes[23] == UInt8(ascii: "Z") else { return .invalid("has no time zone: stored times are UTC and end in Z") }
        guard let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2),
              let second = number(bytes, 17, 2), let millisecond = number(bytes, 20, 3),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2)
        else { return .invalid(shape) }
        guard (1...12).contains(month) else { return .invalid("month \(month) is not 01–12") }
        guard let civil = Day(year: Int(year), month: Int(month), day: Int(day)) else {
            return .invalid("\(Day.text(year: Int(year), month: Int(month), day: 1).prefix(7)) has no day \(day)")
        }
        guard hour < 24 else { return .invalid("hour \(hour) is not 00–23") }
        guard minute < 60 else { return .invalid("minute \(minute) is not 00–59") }
        guard second < 60 else { return .invalid("second \(second) is not 00–59") }
        let days = Int64(civil.ordinal)
        let ms = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
        return .date(Date(timeIntervalSince1970: Double(ms) / 1000))
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

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int64? {
        var value: Int64 = 0
        for byte in bytes[start..<start + length] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
