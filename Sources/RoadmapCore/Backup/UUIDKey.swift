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
        guard bytes.count == 36, let start = bytes.baseAddress else { return nil }
        var high: UInt64 = 0, low: UInt64 = 0, invalid = false
        for index in 0..<36 {
            let byte = start[index]
            if index == 8 || index == 13 || index == 18 || index == 23 {
                invalid = invalid || byte != UInt8(ascii: "-")
                continue
            }
            // Through the pointer, with no bounds checks: each import reads 300,000 of them.
            let digit = byte &- UInt8(ascii: "0"), letter = byte &- UInt8(ascii: "a")
            invalid = invalid || (digit >= 10 && letter >= 6)
            let nibble = UInt64((digit < 10 ? digit : letter &+ 10) & 0xF)
            if index < 19 { high = high << 4 | nibble } else { low = low << 4 | nibble }
        }
        return invalid ? nil : .canonical(high: high, low: low)
    }
}
