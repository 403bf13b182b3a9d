/// Aligning columns of plain text: every text renderer pads and trims through these.
extension String {
    /// Left-aligned in `width` characters.
    public func padding(_ width: Int) -> String {
        let missing = width - characterCount
        return missing > 0 ? self + Self.spaces(missing) : self
    }

    /// Right-aligned in `width` characters.
    public func leftPadded(_ width: Int) -> String {
        let missing = width - characterCount
        return missing > 0 ? Self.spaces(missing) + self : self
    }

    /// `count`, a byte a character for printable ASCII (ids and command names) without finding characters:
    /// large `history` pads 200,000 of them.
    var characterCount: Int {
        let printable: Int?? = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? bytes.count : nil }
        return (printable ?? nil) ?? count
    }

    /// `count` spaces; the short ones made once, as padding asks for them on every line (large `history`: 75,000).
    static func spaces(_ count: Int) -> String {
        count < shortSpaces.count ? shortSpaces[Swift.max(count, 0)] : madeSpaces(count)
    }

    private static let shortSpaces = (0..<80).map(madeSpaces)

    /// Filled in place: decoding a repeated byte took 5,000 instructions a string, 0.4 M of every command's start.
    private static func madeSpaces(_ count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
    }

    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
