import Foundation

/// The secret of one server run: 128 random bits, given once in the URL's fragment (never sent by the browser in a
/// request line or a Referer), exchanged for a cookie only scripts of the page itself cannot read.
public struct ServeToken: Sendable, Equatable {
    public let text: String

    public init(text: String) { self.text = text }

    public static func random() -> ServeToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return ServeToken(text: bytes.map { String(format: "%02x", $0) }.joined())
    }

    /// Compared in time that does not depend on where the first difference is.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let (left, right) = (Array(text.utf8), Array(candidate.utf8))
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
