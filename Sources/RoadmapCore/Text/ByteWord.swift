/// Eight bytes of text tested at once, for the loops that look for the few bytes needing care (`Inline.isPlain`,
/// `JSONString`, `isASCII`): a byte at a time was about 10 instructions a byte. A word has a byte below `n` (≤ 128) when
/// `(word - n × 0x01…) & ~word & 0x80…` is not zero (a borrow past a byte below `n` can only mark bytes above it, so
/// the answer is exact); one equal to `b`, when `word ^ b × 0x01…` has a byte below 1.
public struct ByteWord {
    public static let size = 8
    private static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    private let value: UInt64

    /// The eight bytes at `offset` from `base`, in any alignment.
    public init(_ base: UnsafePointer<UInt8>, at offset: Int) {
        value = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// Whether some byte is below `limit`, which is at most 0x80.
    public func hasByte(below limit: UInt8) -> Bool {
        (value &- Self.ones &* UInt64(limit)) & ~value & Self.highs != 0
    }

    /// Whether some byte is `byte`.
    public func has(_ byte: UInt8) -> Bool {
        let matches = value ^ Self.ones &* UInt64(byte)
        return (matches &- Self.ones) & ~matches & Self.highs != 0
    }

    /// Whether no byte of `bytes` is 0x80 or above: text that is valid UTF-8 as it stands.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        if let base = bytes.baseAddress {
            while offset + size <= bytes.count {
                if ByteWord(base, at: offset).value & highs != 0 { return false }
                offset += size
            }
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}
