/// `roadmap report`: one report per chosen roadmap. Its JSON is the report itself when one roadmap was
/// named, else the array of them.
public struct ProgressReports: Sendable, Encodable {
    public var reports: [ProgressReport]
    /// One roadmap was named, so the JSON is one object.
    public var isSingle: Bool

    public init(_ reports: [ProgressReport], isSingle: Bool) {
        self.reports = reports
        self.isSingle = isSingle
    }

    public func encode(to encoder: any Encoder) throws {
        if isSingle, let report = reports.first { try report.encode(to: encoder) } else { try reports.encode(to: encoder) }
    }
}
