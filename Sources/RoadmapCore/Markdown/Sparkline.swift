/// Counts as one line of eighth blocks. A zero is ▁, the bottom bar, so the line keeps one character a week in
/// any font; any other count is ▂ or higher, scaled so the largest is █.
enum Sparkline {
    static let bars = Array("▁▂▃▄▅▆▇█")

    static func render(_ counts: [Int]) -> String {
        let largest = counts.max() ?? 0
        return String(counts.map { count in
            count <= 0 ? bars[0] : bars[(count * 7 + largest - 1) / largest]
        })
    }
}
