import Foundation
import PropertyBased
import Testing
import Yams
@testable import RoadmapFormat

/// The parser's quick readings of ids, trimmed text and whole numbers answer as the slower ways they replaced:
/// those ways are kept here, and both are asked about text made of the characters that decide them.
@Suite struct ScalarReadingTests {
    /// What ids, padding and numbers are made of, with a character of each other kind.
    static let alphabet: [String] = [
        "a", "z", "m", "0", "9", "5", ".", "-", "_", "A", "é", " ", "\t", "\n", "\u{85}", "\u{A0}", "\u{2028}", "x",
        "+", "0x", "0o", ":", "1", "_",
    ]

    static func isSegment(_ text: String) -> Bool {
        func isLowerOrDigit(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        guard let first = text.unicodeScalars.first, isLowerOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerOrDigit($0) || $0 == "-" || $0 == "_" }
    }

    static func isSkillID(_ text: String) -> Bool {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        return segments.count >= 2 && segments.allSatisfy { isSegment(String($0)) }
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(text.unicodeScalars[first...last])
    }

    @Test func idsTrimmedTextAndNumbersReadAsBefore() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0..<Self.alphabet.count).array(of: 0...12)) { picks in
            let text = picks.map { Self.alphabet[$0] }.joined()
            #expect(Identifier.isRoadmapID(text) == Self.isSegment(text), "\(text.debugDescription)")
            #expect(Identifier.isSkillID(text) == Self.isSkillID(text), "\(text.debugDescription)")
            #expect(text.trimmed == Self.trimmed(text), "\(text.debugDescription)")
            for style in [Node.Scalar.Style.plain, .singleQuoted, .doubleQuoted] {
                let node = Node.scalar(.init(text, .implicit, style))
                #expect(node.wholeNumber == node.int, "\(text.debugDescription) \(style)")
            }
        }
    }

    @Test(arguments: ["0", "7", "12", "007", "08", "0x1F", "1_000", "+5", "-3", "999999999999999999", "9999999999999999999", "1.5", "", " 4"])
    func wholeNumbersAreYamsIntegers(text: String) {
        let node = Node.scalar(.init(text, .implicit, .plain))
        #expect(node.wholeNumber == node.int)
    }
}
