/// `roadmap history`: the records, in the order they were recorded. Its JSON is the array of records.
public struct HistoryLog: Sendable, Hashable, Encodable {
    public var records: [HistoryRecord]

    public init(_ records: [HistoryRecord]) { self.records = records }

    public func encode(to encoder: any Encoder) throws { try records.encode(to: encoder) }
}
