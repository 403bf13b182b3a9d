/// `roadmap status`: where the user stands on each chosen roadmap. Its JSON is the array of standings.
public struct StatusSummary: Sendable, Hashable, Encodable {
    public var standings: [Standing]
    /// Text only: a line when reviews are due.
    public var reviewsDue: ReviewsDue?

    public init(_ standings: [Standing], reviewsDue: ReviewsDue? = nil) {
        self.standings = standings
        self.reviewsDue = reviewsDue
    }

    public func encode(to encoder: any Encoder) throws { try standings.encode(to: encoder) }
}
