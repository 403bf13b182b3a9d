import Foundation
import Testing
@testable import RoadmapCore

/// The backup check reads each field with the store's own reader (`LogField`), so what it takes reads back; these
/// are the inputs the fuzzers and the property tests found it taking, and the store then could not keep or read.
struct BackupCheckTests {
    static let golden = BackupJSONTests.golden.deletingLastPathComponent().appendingPathComponent("GoldenBackup-v2.json")

    func refusal(_ edit: (inout String) -> Void) throws -> String? {
        var text = try String(contentsOf: Self.golden, encoding: .utf8)
        edit(&text)
        do {
            _ = try ProgressBackup.decode(Data(text.utf8), knownSchemas: ["006_review"])
            return nil
        } catch let RoadmapError.invalidBackup(reason) {
            return reason
        }
    }

    /// `holdsNUL` (memchr over the text's bytes) finds a NUL wherever `utf8` holds one: in small strings kept inline and
    /// in stored ones, in bridged and sliced ones, at the start, the middle and the end.
    @Test func aNULIsFoundWhereverTheTextHoldsIt() {
        let long = String(repeating: "déjà vu, ", count: 400)
        let texts = ["", "a", "\0", "a\0", "\0a", "déjà\0", "fifteen bytes!!", "fifteen bytes!\0", long, long + "\0", "\0" + long,
                     String(long.prefix(600)) + "\0" + long, NSString(string: "ns\0string") as String, String(long.dropFirst(3)), String(Substring("x\0y"))]
        for text in texts { #expect(LogField.holdsNUL(text) == text.utf8.contains(0), "\(text.utf8.count) bytes") }
        #expect(texts.filter(LogField.holdsNUL).count == 10)
    }

    /// Found by FuzzBackup (Fuzz/Corpus/FuzzBackup/finding-nul-in-note.json): SQLite's text ends at a NUL, so the note
    /// read back cut short.
    @Test func aNoteHoldingANulCharacterIsRefused() throws {
        let reason = try refusal { text in
            text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.contains(#""note" : "quote"#) ? line.replacingOccurrences(of: #"ctl\u0001"#, with: #"ctl\u0000"#) : String(line)
            }.joined(separator: "\n")
        }
        #expect(reason?.hasPrefix("has a text that holds a NUL character, which the database cannot keep at events[") == true, "\(reason ?? "taken")")
        #expect(reason?.hasSuffix("].note") == true)
    }

    @Test func aTextOverTheLimitIsRefused() throws {
        let long = String(repeating: "a", count: LogField.textLimit + 1)
        let reason = try refusal { $0 = $0.replacingOccurrences(of: #""title" : "Drills"#, with: #""title" : "\#(long)"#) }
        #expect(reason?.hasPrefix("has a text that is longer than 100000 bytes at events[") == true, "\(reason?.prefix(100) ?? "taken")")
    }

    @Test func aSecondEnrolmentInOneRoadmapIsRefused() throws {
        var text = try String(contentsOf: Self.golden, encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var copy = object
        let enrolments = try #require(object["enrolments"] as? [[String: Any]])
        copy["enrolments"] = enrolments + [enrolments[0]]
        text = String(decoding: try JSONSerialization.data(withJSONObject: copy), as: UTF8.self)
        #expect(throws: RoadmapError.invalidBackup("has a second enrolment in '\(enrolments[0]["roadmap"]!)' at enrolments[\(enrolments.count)].roadmap")) {
            try ProgressBackup.decode(Data(text.utf8), knownSchemas: ["006_review"])
        }
    }

    @Test(arguments: [
        ("2026-12-06T25:99:38.968Z", "hour 25 is not 00–23"),
        ("2026-02-29T10:00:00.000Z", "2026-02 has no day 29"),
        ("2026-13-01T10:00:00.000Z", "month 13 is not 01–12"),
        ("2026-12-06T10:60:00.000Z", "minute 60 is not 00–59"),
        ("2026-12-06T10:00:60.000Z", "second 60 is not 00–59"),
        ("99999-12-06T10:00:00.000Z", "is not written 2026-01-10T09:30:00.000Z (UTC, to the millisecond)"),
        ("2026-12-06T10:00:00.000", "has no time zone: stored times are UTC and end in Z"),
        ("2026-12-06T10:00:00", "has no time zone: stored times are UTC and end in Z"),
    ])
    func anOutOfRangeTimeSaysWhatIsWrong(time: String, problem: String) {
        #expect(Timestamp.date(time) == nil && LogField.eventTime(time) == nil)
        #expect(Timestamp.problem(time) == problem)
    }

    @Test func anEventTimeIsAMomentOrADay() {
        #expect(LogField.eventTime("2026-03-01") == .day(Day(year: 2026, month: 3, day: 1)!))
        #expect(LogField.eventTime("2026-03-01T12:00:00.000Z") == .instant(Timestamp.date("2026-03-01T12:00:00.000Z")!))
        #expect(LogField.eventTime("2026-02-30") == nil)
        #expect(Timestamp.problem("2024-02-29T23:59:59.999Z") == nil)
    }

    /// A custom roadmap the database already holds as it is was parsed when stored and is not stored again: its YAML is
    /// not parsed again (a fifth of a large import). One that is not held is parsed, and refused if it does not load.
    @Test func aCustomRoadmapAlreadyStoredAsItIsIsNotParsedAgain() throws {
        var text = try String(contentsOf: Self.golden, encoding: .utf8)
        text = text.replacingOccurrences(of: #""source" : "id: team\n"#, with: #""source" : "id: other\n"#)
        let data = Data(text.utf8)
        #expect(throws: RoadmapError.self) {
            try ProgressBackup.decode(data, knownSchemas: ["006_review"])
        }
        let (_, roadmaps) = try ProgressBackup.decode(data, knownSchemas: ["006_review"], isStored: { $0.id == "team" })
        #expect(roadmaps.isEmpty)
        #expect(data.withUnsafeBytes { ProgressBackup.decodePlainly($0, knownSchemas: ["006_review"], isStored: { $0.id == "team" }) }?.roadmaps.isEmpty == true)
        #expect(data.withUnsafeBytes { ProgressBackup.decodePlainly($0, knownSchemas: ["006_review"]) } == nil)
    }
}
