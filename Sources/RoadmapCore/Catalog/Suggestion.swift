/// "did you mean …?" for a misspelt id or name.
public enum Suggestion {
    /// The candidates closest to `text`, best first: same last segment, prefix, then small edit distance.
    public static func closest(to text: String, among candidates: [String], limit: Int = 3) -> [String] {
        let needle = text.lowercased()
        let allowed = max(2, needle.count / 3)
        let scored = candidates.compactMap { candidate -> (candidate: String, score: [Int])? in
            let lower = candidate.lowercased()
            let last = lower.split(separator: ".").last.map(String.init) ?? lower
            if lower.hasPrefix(needle) || last.hasPrefix(needle) || (needle.count >= 3 && lower.contains(needle)) {
                return (candidate, [0, 0])
            }
            // The lengths alone bound the distance: a 100 KB argument is not compared character by character.
            guard abs(needle.count - last.count) <= allowed || abs(needle.count - lower.count) <= allowed else { return nil }
            let full = editDistance(needle, lower)
            let distance = min(full, editDistance(needle, last))
            return distance <= allowed ? (candidate, [distance, full]) : nil
        }
        // Only the best-scoring candidates: a clear winner is named alone.
        guard let best = scored.map(\.score).min(by: { $0.lexicographicallyPrecedes($1) }) else { return [] }
        return scored.filter { $0.score == best }.map(\.candidate).sorted().prefix(limit).map { $0 }
    }

    /// "; did you mean 'x'?" or an empty string when nothing is close.
    public static func didYouMean(_ text: String, among candidates: [String]) -> String {
        let close = closest(to: text, among: candidates)
        guard !close.isEmpty else { return "" }
        return "; did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
