/// `roadmap status`: where the user stands on each chosen roadmap. Its JSON is the array of standings.
public struct StatusSummary: Sendable, Hashable, Encodable {
    public var standings: [Standing]
    /// Text only: a line when reviews are due.
    public var reviewsDue: ReviewsDue?
    /// Text only: when this database last synced and what waits to be sent; nil when it never synced. Kept out of
    /// the JSON, an array of standings that two synced devices give byte for byte.
    public var sync: SyncReminder?

    public init(_ standings: [Standing], reviewsDue: ReviewsDue? = nil, sync: SyncReminder? = nil) {
        self.standings = standings
        self.reviewsDue = reviewsDue
        self.sync = sync
    }

    public func encode(to encoder: any Encoder) throws { try standings.encode(to: encoder) }
}
