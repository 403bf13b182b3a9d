extension String {
    /// The text with every scalar for which `replacement` gives a string replaced by that string, the rest kept:
    /// the one loop behind each format's escaper (terminal, Markdown, Mermaid, YAML, Swift), which differ only
    /// in their tables.
    @inlinable
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) { result += replaced } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
