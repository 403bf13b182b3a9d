/// A string as JSON text, escaped exactly as JSONEncoder escapes it with `.withoutEscapingSlashes` (or without it):
/// the one string escaper of the hand-written JSON writers (the backup, the command log's arguments, and a roadmap
/// snapshot's skills).
public enum JSONString {
    /// - Parameter escapingSlashes: `/` as `\/`, as JSONEncoder writes it unless told `.withoutEscapingSlashes`.
    public static func append(_ value: String, to bytes: OutputBytes, escapingSlashes: Bool = false) {
        var value = value
        value.withUTF8 { append(utf8: $0, to: bytes, escapingSlashes: escapingSlashes) }
    }

    /// A string's UTF-8 bytes as JSON text: the runs between the bytes that need an escape copied whole. Those bytes
    /// are found eight at a time: a byte at a time, and each byte of a string with an escape appended alone, were a
    /// quarter of a large JSON export.
    static func append(utf8 value: UnsafeBufferPointer<UInt8>, to bytes: OutputBytes, escapingSlashes: Bool = false) {
        bytes.append(quote)
        var copied = 0
        while let special = firstEscaped(in: value, from: copied, escapingSlashes: escapingSlashes) {
            if special > copied { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[copied..<special])) }
            appendEscape(of: value[special], to: bytes)
            copied = special + 1
        }
        if copied < value.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[copied...])) }
        bytes.append(quote)
    }

    /// The place of the first byte from `start` on that JSON escapes: below 0x20, a quote, a backslash (or a slash).
    private static func firstEscaped(in value: UnsafeBufferPointer<UInt8>, from start: Int, escapingSlashes: Bool) -> Int? {
        var offset = start
        if let base = value.baseAddress {
            while offset + ByteWord.size <= value.count {
                let word = ByteWord(base, at: offset)
                if word.hasByte(below: 0x20) || word.has(quote) || word.has(backslash) || escapingSlashes && word.has(slash) { break }
                offset += ByteWord.size
            }
        }
        while offset < value.count {
            let byte = value[offset]
            if byte < 0x20 || byte == quote || byte == backslash || escapingSlashes && byte == slash { return offset }
            offset += 1
        }
        return nil
    }

    private static func appendEscape(of byte: UInt8, to bytes: OutputBytes) {
        bytes.append(backslash)
        switch byte {
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x00..<0x20:
            for digit in [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]] { bytes.append(digit) }
        default: bytes.append(byte)  // a quote, a backslash or a slash, after its backslash
        }
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
