/// A string as JSON text, escaped exactly as JSONEncoder escapes it with `.withoutEscapingSlashes` (or without it):
/// the one string escaper of the hand-written JSON writers (the backup, the command log's arguments, and a roadmap
/// snapshot's skills).
public enum JSONString {
    /// - Parameter escapingSlashes: `/` as `\/`, as JSONEncoder writes it unless told `.withoutEscapingSlashes`.
    public static func append(_ value: String, to bytes: inout [UInt8], escapingSlashes: Bool = false) {
        var value = value
        value.withUTF8 { append(utf8: $0, to: &bytes, escapingSlashes: escapingSlashes) }
    }

    /// A string's UTF-8 bytes as JSON text.
    static func append(utf8 value: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], escapingSlashes: Bool = false) {
        bytes.append(quote)
        // Most values need no escape: checked by a plain loop over the bytes and copied whole (`contains(where:)` and
        // `append(contentsOf:)` on the UTF-8 view cost about 60 instructions a byte: a third of a large JSON export).
        var plain = true
        // Two loops, not one testing `escapingSlashes` at every byte: that was 1.6 % of a large JSON export.
        if escapingSlashes {
            for byte in value where byte < 0x20 || byte == quote || byte == backslash || byte == slash {
                plain = false
                break
            }
        } else {
            for byte in value where byte < 0x20 || byte == quote || byte == backslash {
                plain = false
                break
            }
        }
        if plain {
            bytes.append(contentsOf: value)
            return bytes.append(quote)
        }
        for byte in value {
            switch byte {
            case quote: bytes.append(contentsOf: [backslash, quote])
            case backslash: bytes.append(contentsOf: [backslash, backslash])
            case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
            case slash where escapingSlashes: bytes.append(contentsOf: [backslash, slash])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(quote)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
}
