import Foundation
import Testing
@testable import RoadmapCore

@Suite struct ExplicitNullTests {
    struct Sample: Codable, Equatable {
        @ExplicitNull var kept: String?
        var left: String?
    }

    static func json(_ sample: Sample) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(sample), as: UTF8.self)
    }

    @Test func anAbsentValueIsWrittenAsNullWhereAPlainOptionalIsLeftOut() throws {
        #expect(try Self.json(Sample(kept: nil, left: nil)) == #"{"kept":null}"#)
        #expect(try Self.json(Sample(kept: "a", left: "b")) == #"{"kept":"a","left":"b"}"#)
    }

    @Test func nullAMissingKeyAndAValueAllReadBack() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Sample.self, from: Data(#"{"kept":null}"#.utf8)) == Sample(kept: nil, left: nil))
        #expect(try decoder.decode(Sample.self, from: Data("{}".utf8)) == Sample(kept: nil, left: nil))
        #expect(try decoder.decode(Sample.self, from: Data(#"{"kept":"a"}"#.utf8)) == Sample(kept: "a", left: nil))
    }

    @Test func aValueOfTheWrongTypeIsStillAnError() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Sample.self, from: Data(#"{"kept":1}"#.utf8)) }
    }
}
