import Testing
@testable import RoadmapFormat

@Suite struct SwiftLiteralTests {
    static let tricky = [
        "", "plain", "say \"hi\"", #"back\slash \(not interpolated)"#, "two\nlines\r\n", "tab\there", "\u{0}nul \u{1F} unit \u{7F} del",
        "Café – naïve → 🚀 👩‍💻", "e\u{301} combining after quote", "\u{2028}line separator", "\"\"\" triple", "#\"raw\"#",
    ]

    @Test func escapesWhatSwiftWouldMisread() {
        #expect(SwiftLiteral.string("say \"hi\"") == #""say \"hi\"""#)
        #expect(SwiftLiteral.string(#"a\b"#) == #""a\\b""#)
        #expect(SwiftLiteral.string("two\nlines\r\tend") == #""two\nlines\r\tend""#)
        #expect(SwiftLiteral.string("\u{0}é🚀") == #""\u{0}\u{E9}\u{1F680}""#)
    }

    @Test(arguments: tricky) func readsBackAsTheSameText(_ text: String) throws {
        let literal = SwiftLiteral.string(text)
        #expect(literal.unicodeScalars.allSatisfy { (" "..."~").contains($0) }, "only printable ASCII in the source")
        #expect(try Self.read(literal) == text)
    }

    /// Reads a literal as the Swift compiler does, for the escapes `SwiftLiteral` writes.
    static func read(_ literal: String) throws -> String {
        var scalars = Array(literal.unicodeScalars)
        try #require(scalars.count >= 2 && scalars.first == "\"" && scalars.last == "\"")
        scalars = Array(scalars.dropFirst().dropLast())
        var text = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            try #require(scalar != "\"", "an unescaped quote ends the literal early")
            guard scalar == "\\" else { text.append(scalar); continue }
            let escape = scalars[index]
            index += 1
            switch escape {
            case "\\", "\"": text.append(escape)
            case "n": text.append("\n")
            case "r": text.append("\r")
            case "t": text.append("\t")
            case "u":
                let close = try #require(scalars[index...].firstIndex(of: "}"))
                let hex = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                text.append(try #require(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)))
                index = close + 1
            default: Issue.record("unknown escape \\\(escape)")
            }
        }
        return String(text)
    }
}
