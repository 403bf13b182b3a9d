import ArgumentParser

/// `--limit N` of `next`, `history` and `review`: its options parse the value whatever it looks like, so `--limit -3`
/// is told it is below 1 (`InputRules.checkLimit`, a usage error) rather than "missing value" (argument-parser took
/// -3 for an option).
enum CountLimit {
    static let parsing = SingleValueParsingStrategy.unconditional
}
