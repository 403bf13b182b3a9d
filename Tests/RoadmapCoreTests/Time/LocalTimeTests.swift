import Foundation
import Testing
@testable import RoadmapCore

/// Local times are worked out by arithmetic; Foundation's Calendar and DateFormatter are the reference.
struct LocalTimeTests {
    static let zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"]

    /// Instants around DST changes, month and year ends, leap days and the epoch, plus a spread over centuries.
    static var instants: [Date] {
        var seconds: [Double] = [0, -1, -86_400, 951_782_400, 951_868_799, 1_710_054_000, 1_710_053_999, 1_730_613_600, 1_735_689_599, 1_735_689_600, 4_102_444_800]
        var value = -2_208_988_800.0  // 1900-01-01
        while value < 4_102_444_800 {
            seconds.append(value)
            value += 7_919_993.5  // an awkward stride: every month, hour and minute comes round
        }
        return seconds.map { Date(timeIntervalSince1970: $0) }
    }

    @Test(arguments: zones) func minutesMatchDateFormatter(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        for instant in Self.instants {
            #expect(LocalTime.minute(instant, in: timeZone) == formatter.string(from: instant), "\(instant) in \(zone)")
        }
    }

    @Test(arguments: zones) func daysMatchCalendar(_ zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for instant in Self.instants {
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let day = Day(instant, in: timeZone)
            #expect([day.year, day.month, day.day] == [parts.year, parts.month, parts.day], "\(instant) in \(zone)")
        }
    }

    @Test func daysAreWrittenWithFourDigitYears() {
        #expect(Day(year: 2026, month: 1, day: 5)?.description == "2026-01-05")
        #expect(Day(year: 812, month: 12, day: 31)?.description == "0812-12-31")
    }
}
