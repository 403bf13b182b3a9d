/// `roadmap history` handed over as it is read, for a log too long to hold: the columns its text lines up to,
/// then each record, newest first. Its text and JSON are `HistoryLog`'s, byte for byte.
public struct HistoryStream {
    /// Worked out only for the text (the JSON has no columns), each time it is called.
    public var columns: () throws -> HistoryColumns
    /// Hands each record to `body`, in order; reads the log again each time it is called.
    public var records: (_ body: (HistoryRecord) throws -> Void) throws -> Void

    public init(columns: @escaping () throws -> HistoryColumns, records: @escaping (_ body: (HistoryRecord) throws -> Void) throws -> Void) {
        (self.columns, self.records) = (columns, records)
    }

    /// A log already held (a few records, with `--limit`).
    public init(_ log: HistoryLog) {
        self.init(columns: { HistoryColumns(log.records) }) { body in try log.records.forEach(body) }
    }
}

/// The widths `history`'s text pads its command and skill columns to: the longest of each in the log shown.
public struct HistoryColumns: Sendable, Hashable {
    public var command: Int
    public var skill: Int

    public init(commandNames: some Sequence<String>, skills: some Sequence<String>) {
        command = commandNames.reduce(0) { max($0, $1.count) }
        skill = skills.reduce(0) { max($0, $1.count) }
    }

    public init(_ records: [HistoryRecord]) {
        self.init(commandNames: records.lazy.map(\.command), skills: records.lazy.map { $0.skill ?? "" })
    }
}
