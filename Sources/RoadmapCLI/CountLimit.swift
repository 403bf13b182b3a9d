import ArgumentParser

/// `--limit N` of `next`, `history` and `review`: a count, 1 or more. Its options parse the value whatever it looks
/// like, so `--limit -3` is told it is below 1 rather than "missing value" (argument-parser took -3 for an option).
enum CountLimit {
    static let parsing = SingleValueParsingStrategy.unconditional

    static func validate(_ limit: Int?) throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }
}
