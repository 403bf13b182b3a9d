/// `roadmap report`: one report per chosen roadmap. Its JSON is the report itself when one roadmap was
/// named, else the array of them.
public struct ProgressReports: Sendable, Encodable {
    public var reports: [ProgressReport]
    /// One roadmap was named, so the JSON is one object.
    public var isSingle: Bool
    /// Text with areas, every open skill and each stage's projection (`--full`), not one screen.
    public var isFull: Bool
    /// Text only: a line when reviews are due.
    public var reviewsDue: ReviewsDue?

    public init(_ reports: [ProgressReport], isSingle: Bool, isFull: Bool = false, reviewsDue: ReviewsDue? = nil) {
        self.reports = reports
        self.reviewsDue = reviewsDue
        self.isSingle = isSingle
        self.isFull = isFull
    }

    public func encode(to encoder: any Encoder) throws {
        if isSingle, let report = reports.first { try report.encode(to: encoder) } else { try reports.encode(to: encoder) }
    }
}
