/// A command's or event's uuid as a key of the sets and dictionaries an import keeps of every one of them: one in the
/// form roadmap writes (8-4-4-4-12 lowercase hex digits) as its 16 bytes, any other text (a uuid field may hold any id
/// `LogField.isUUID` takes, a database any text) as itself. Two keys are equal exactly when their texts are.
// Not the String: each is a heap object kept alive by the sets (100,000 events and 100,000 commands: ~20 MiB of a large
// import's peak), and hashing 36 bytes of String cost 0.5 G of its 16.8 G instructions.
public enum UUIDKey: Hashable, Sendable {
    case canonical(high: UInt64, low: UInt64)
    case text(String)

    public init(_ text: String) {
        // No other text is equal to one of lowercase hex digits and dashes: none decomposes canonically to them.
        if let key = text.utf8.withContiguousStorageIfAvailable(Self.canonical) {
            self = key ?? .text(text)
        } else {
            var contiguous = text
            self = contiguous.withUTF8(Self.canonical) ?? .text(text)
        }
    }

    /// Whether the text is in the form roadmap writes, which `LogField.isUUID` always takes (hex digits and dashes, 36
    /// bytes): the check asks it only of other texts (`UUIDKeyTests`); it read the 36 bytes again, 0.3 G of a large import.
    public var isCanonical: Bool {
        if case .canonical = self { true } else { false }
    }

    private static func canonical(_ bytes: UnsafeBufferPointer<UInt8>) -> UUIDKey? {
        let dash = UInt8(ascii: "-")
        guard bytes.count == 36, let start = bytes.baseAddress,
              start[8] == dash, start[13] == dash, start[18] == dash, start[23] == dash
        else { return nil }
        // A digit a table look-up, no branch: ~1,000 instructions a uuid the byte-by-byte way, 300,000 uuids an import.
        return hexDigits.withUnsafeBufferPointer { digits in
            var high: UInt64 = 0, low: UInt64 = 0, seen: UInt8 = 0
            func read(_ range: Range<Int>, into value: inout UInt64) {
                for index in range {
                    let digit = digits[Int(start[index])]
                    seen |= digit
                    value = value << 4 | UInt64(digit & 0xF)
                }
            }
            read(0..<8, into: &high)
            read(9..<13, into: &high)
            read(14..<18, into: &high)
            read(19..<23, into: &low)
            read(24..<36, into: &low)
            return seen & notADigit == 0 ? .canonical(high: high, low: low) : nil
        }
    }

    private static let notADigit: UInt8 = 0x10

    /// Each byte's value as a lowercase hex digit, `notADigit` for any other byte.
    private static let hexDigits: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        default: notADigit
        }
    }
}
