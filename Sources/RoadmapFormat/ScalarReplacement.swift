extension String {
    /// The text with every scalar for which `replacement` gives a string replaced by that string, the rest kept:
    /// the one loop behind each format's escaper (terminal, Markdown, Mermaid, YAML, Swift), which differ only
    /// in their tables.
    @inlinable
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        // Most text needs nothing replaced: found in one pass and kept whole, not rebuilt a scalar at a time.
        guard let first = unicodeScalars.firstIndex(where: { replacement($0) != nil }) else { return self }
        var result = String(unicodeScalars[..<first])
        for scalar in unicodeScalars[first...] {
            if let replaced = replacement(scalar) { result += replaced } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
