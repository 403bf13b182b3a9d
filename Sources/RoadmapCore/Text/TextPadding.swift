/// Aligning columns of plain text: every text renderer pads and trims through these.
extension String {
    /// Left-aligned in `width` characters.
    public func padding(_ width: Int) -> String {
        let missing = width - count
        return missing > 0 ? self + Self.spaces(missing) : self
    }

    /// Right-aligned in `width` characters.
    public func leftPadded(_ width: Int) -> String {
        let missing = width - count
        return missing > 0 ? Self.spaces(missing) + self : self
    }

    /// `count` spaces; from bytes, as `String(repeating: " ", count:)` costs twice as much on every padded line.
    static func spaces(_ count: Int) -> String {
        String(decoding: repeatElement(UInt8(ascii: " "), count: count), as: UTF8.self)
    }

    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
