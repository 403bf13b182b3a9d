extension String {
    /// Without leading and trailing white space; native, because Foundation's bridge is a hot spot when parsing.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // Most values have nothing to trim: the string itself. Else its bytes copied whole, not scalar by scalar
        // (appending the scalars took 1.2 G of a large import's 21.8 G instructions).
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
