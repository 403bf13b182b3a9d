import Testing
@testable import RoadmapCore

/// Padding is what every column of text is aligned by: spaces made once for short widths, made when asked for longer.
@Suite struct TextPaddingTests {
    @Test(arguments: [0, 1, 15, 16, 79, 80, 81, 200])
    func spacesAreThatManySpaces(count: Int) {
        let spaces = String.spaces(count)
        #expect(spaces.utf8.count == count)
        #expect(spaces.utf8.allSatisfy { $0 == UInt8(ascii: " ") })
        #expect(spaces == String(repeating: " ", count: count))
    }

    @Test func aNegativeCountIsNoSpaces() {
        #expect(String.spaces(-3) == "")
    }

    @Test func paddingFillsToTheWidthOnEitherSide() {
        #expect("ab".padding(5) == "ab   ")
        #expect("ab".leftPadded(5) == "   ab")
        #expect("déjà".padding(6) == "déjà  ")
        #expect("abcdef".padding(3) == "abcdef")
        #expect("x".padding(120).count == 120)
        #expect("x".leftPadded(120).hasSuffix(" x"))
    }
}
