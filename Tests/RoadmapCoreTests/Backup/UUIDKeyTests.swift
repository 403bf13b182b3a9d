import Foundation
import Testing
@testable import RoadmapCore

/// An import keeps its uuids as `UUIDKey`s: two keys must be equal exactly when their texts are, whatever the text.
struct UUIDKeyTests {
    static let texts = [
        "db4bfbb6-045d-44f8-a925-70d85e807b82", "db4bfbb6-045d-44f8-a925-70d85e807b83", "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff", "DB4BFBB6-045D-44F8-A925-70D85E807B82", "db4bfbb6-045d-44f8-a925-70d85e807b8g",
        "db4bfbb6-045d-44f8-a925-70d85e807b8", "db4bfbb6-045d-44f8-a925-70d85e807b822", "db4bfbb6_045d-44f8-a925-70d85e807b82",
        "db4bfbb6045d-44f8-a925-70d85e807b82-", "db4bfbb6-045d-44f8-a925-70d85e807b8/", "db4bfbb6-045d-44f8-a925-70d85e807b8:",
        "db4bfbb6-045d-44f8-a925-70d85e807b8`", "db4bfbb6-045d-44f8-a925-70d85e807b8@", "", "a", "cmd-1", "é",
        "e\u{301}", "\u{E9}", String(repeating: "a", count: 36), "db4bfbb6-045d-44f8-a925-70d85e807b82\u{0}",
    ]

    @Test func keysAreEqualExactlyWhenTheirTextsAre() {
        for one in Self.texts {
            for other in Self.texts {
                #expect((UUIDKey(one) == UUIDKey(other)) == (one == other), "\(one) and \(other)")
                if one == other { #expect(UUIDKey(one).hashValue == UUIDKey(other).hashValue) }
            }
        }
    }

    @Test func onlyTheFormRoadmapWritesIsKeptAsBytes() {
        #expect(UUIDKey("db4bfbb6-045d-44f8-a925-70d85e807b82") == .canonical(high: 0xdb4b_fbb6_045d_44f8, low: 0xa925_70d8_5e80_7b82))
        #expect(UUIDKey("ffffffff-ffff-ffff-ffff-ffffffffffff") == .canonical(high: .max, low: .max))
        #expect(UUIDKey("DB4BFBB6-045D-44F8-A925-70D85E807B82") == .text("DB4BFBB6-045D-44F8-A925-70D85E807B82"))
        #expect(UUIDKey("cmd-1") == .text("cmd-1"))
    }

    /// The check asks `LogField.isUUID` only of a text not in canonical form: every canonical one passes it.
    @Test func everyCanonicalTextIsAUUIDTheLogTakes() {
        var generator = SystemRandomNumberGenerator()
        for text in Self.texts + (0..<1000).map({ _ in UUID().uuidString.lowercased() }) + ["0123456789abcdef-0123-4567-89ab-cdef01234567"] {
            if UUIDKey(text).isCanonical { #expect(LogField.isUUID(text), "\(text)") }
        }
        for _ in 0..<1000 {
            let text = String((0..<36).map { index in [8, 13, 18, 23].contains(index) ? "-" : "0123456789abcdef".randomElement(using: &generator)! })
            #expect(UUIDKey(text).isCanonical && LogField.isUUID(text))
        }
    }
}
