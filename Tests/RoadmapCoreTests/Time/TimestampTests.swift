import Foundation
@testable import RoadmapCore
import Testing

@Suite struct TimestampTests {
    @Test func formatsUTCWithMilliseconds() {
        #expect(Timestamp.text(Date(timeIntervalSince1970: 1_768_035_600.25)) == "2026-01-10T09:00:00.250Z")
        #expect(Timestamp.text(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.text(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.text(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }

    @Test func roundTripsExactlyAfterNormalizing() {
        for seconds in stride(from: -2_000_000_000.0, to: 4_000_000_000.0, by: 97_654_321.123_456) {
            let date = Timestamp.normalized(Date(timeIntervalSince1970: seconds))
            #expect(Timestamp.date(Timestamp.text(date)) == date)
        }
        let now = Date()
        #expect(Timestamp.date(Timestamp.text(now)) == Timestamp.normalized(now))
    }

    @Test func textOrderIsTimeOrder() {
        let dates = stride(from: -1_000_000.0, to: 1_000_000.0, by: 12_345.678).map { Date(timeIntervalSince1970: 1_700_000_000 + $0) }
        let texts = dates.map(Timestamp.text)
        #expect(texts == texts.sorted())
    }

    @Test func rejectsOtherFormats() {
        #expect(Timestamp.date("2026-01-10") == nil)
        #expect(Timestamp.date("2026-01-10 09:00:00.000") == nil)
        #expect(Timestamp.date("2026-13-10T09:00:00.000Z") == nil)
        #expect(Timestamp.date("2026-01-10T09:00:00.00xZ") == nil)
    }
}
