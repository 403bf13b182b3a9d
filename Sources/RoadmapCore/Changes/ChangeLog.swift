import Foundation

/// `roadmap changes`: the changes told so far, newest first. Its JSON is an array of the changes, each with
/// the time it was found.
public struct ChangeLog: Sendable, Hashable, Encodable {
    public struct Entry: Sendable, Hashable, Encodable {
        public var detectedAt: Date
        public var change: RoadmapChange

        public init(detectedAt: Date, change: RoadmapChange) {
            self.detectedAt = detectedAt
            self.change = change
        }

        // The change's own keys, and beside them when it was found.
        public func encode(to encoder: any Encoder) throws {
            try change.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(detectedAt, forKey: .detectedAt)
        }

        private enum Key: String, CodingKey { case detectedAt }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    public func encode(to encoder: any Encoder) throws { try entries.encode(to: encoder) }
}
