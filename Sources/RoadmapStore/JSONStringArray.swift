/// Reads a JSON array of strings (`["roadmap","note","a \"b\""]`, any spacing, any escape) from its UTF-8 bytes;
/// nil for anything else. What JSONDecoder reads into `[String]`, without a decoder per value.
struct JSONStringArray {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var reader = JSONStringArray(bytes: bytes)
        return reader.array()
    }

    /// Hands each string of an array none of whose strings has an escape, as its bytes stand (what `parse` would
    /// make of them), and returns true; false, having handed nothing, for any other text, which `parse` then reads.
    static func eachPlainString(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var check = JSONStringArray(bytes: bytes)
        guard check.plainStrings({ _ in }) else { return false }
        var reader = JSONStringArray(bytes: bytes)
        return reader.plainStrings(body)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func array() -> [String]? {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var strings: [String] = []
        // Room for a usual command line at once: grown from empty, each array was copied twice (large `history`: 108 M instructions).
        strings.reserveCapacity(8)
        skipSpace()
        if !take(UInt8(ascii: "]")) {
            repeat {
                skipSpace()
                // A trailing comma, as JSONDecoder allows.
                if !strings.isEmpty, take(UInt8(ascii: "]")) { break }
                guard let string = string() else { return nil }
                strings.append(string)
                skipSpace()
                if take(UInt8(ascii: "]")) { break }
                guard take(UInt8(ascii: ",")) else { return nil }
            } while true
        }
        skipSpace()
        return position == bytes.count ? strings : nil
    }

    /// `[`, strings without an escape apart by commas, `]`, with spaces between: each handed to `body`.
    private mutating func plainStrings(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        skipSpace()
        guard take(UInt8(ascii: "[")) else { return false }
        skipSpace()
        if !take(UInt8(ascii: "]")) {
            repeat {
                skipSpace()
                guard take(UInt8(ascii: "\"")) else { return false }
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
                    guard bytes[position] >= 0x20 else { return false }
                    position += 1
                }
                guard take(UInt8(ascii: "\"")) else { return false }
                body(UnsafeBufferPointer(rebasing: bytes[start..<position - 1]))
                skipSpace()
                if take(UInt8(ascii: "]")) { break }
                guard take(UInt8(ascii: ",")) else { return false }
            } while true
        }
        skipSpace()
        return position == bytes.count
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        // A switch, not `[…].contains`: the array was built at every call (large `history`: 100,000 commands' arguments).
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// A string from its opening quote; its bytes copied whole when it has no escape.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { return nil }
            position += 1
        }
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).unicodeScalars)
        var plain = position
        while true {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                if plain < position {
                    scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[plain..<position]), as: UTF8.self).unicodeScalars)
                }
                position += 1
                if byte == UInt8(ascii: "\"") { return String(scalars) }
                guard let scalar = escape() else { return nil }
                scalars.append(scalar)
                plain = position
            } else {
                guard byte >= 0x20 else { return nil }
                position += 1
            }
        }
    }

    /// The character after a backslash, and for `\u` its four hex digits (and a low surrogate's, for a pair).
    private mutating func escape() -> Unicode.Scalar? {
        guard position < bytes.count else { return nil }
        let letter = bytes[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hex4() else { return nil }
            guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        default: return nil
        }
    }

    private mutating func hex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }
}
