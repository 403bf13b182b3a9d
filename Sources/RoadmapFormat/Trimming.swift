extension String {
    /// Without leading and trailing white space; native, because Foundation's bridge is a hot spot when parsing.
    /// Always a string of its own, its bytes copied whole (appending the scalars one by one took 1.2 G of a large
    /// import's 21.8 G instructions); not the string itself, whose storage, Yams' node's, lies amid the node tree
    /// let go after the parse and would keep its pages in use (large import: 6 MiB more at the peak).
    var trimmed: String {
        let bytes: Substring.UTF8View
        // Most values start and end with a visible ASCII character: nothing to find (50,000 values a large roadmap).
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            bytes = utf8[...]
        } else {
            let scalars = unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
            bytes = utf8[first..<scalars.index(after: last)]
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in buffer.initialize(fromContentsOf: bytes) }
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
