import Foundation

extension HistoryLog: TextRenderable {
    public func text(in context: TextContext) -> String { HistoryText.render(records, in: context) }
}

extension HistoryStream {
    /// `HistoryLog`'s text as it is read: `write` gets the lines of the records read so far in pieces of about
    /// `piece` bytes, each whole lines, the last one shorter.
    public func writeText(in context: TextContext, piece: Int = 1 << 16, _ write: (String) throws -> Void) throws {
        let lines = HistoryText(columns: try columns(), context: context)
        var isEmpty = true
        // One buffer, its room kept from piece to piece: a new string a record cost large `history` 100,000 of them and their growth.
        var text = ""
        text.reserveCapacity(piece + 1_024)
        try records { record in
            isEmpty = false
            lines.append(record, to: &text)
            if text.utf8.count >= piece {
                try write(text)
                text.removeAll(keepingCapacity: true)
            }
        }
        if !text.isEmpty { try write(text) }
        if isEmpty { try write(HistoryText.empty) }
    }
}

/// `2026-11-20 14:03  done  python.numpy  todo → done  "note"`, newest first: when each command was recorded,
/// in the reader's zone, and for a back-dated mark the day it is dated to. On a terminal a line that does not fit
/// goes on below, under the details when they start in the left half, else under the command.
struct HistoryText {
    static let empty = "no history yet\n"
    let columns: HistoryColumns
    let context: TextContext
    /// Where a line that does not fit goes on, on a terminal.
    private let detailColumn: Int
    private let below: String

    init(columns: HistoryColumns, context: TextContext) {
        (self.columns, self.context) = (columns, context)
        let timeColumns = "2026-11-20 14:03  ".count
        let detailColumn = timeColumns + columns.command + 2 + columns.skill + 2
        let width = context.width ?? 0
        self.detailColumn = detailColumn
        below = String.spaces(detailColumn <= width / 2 ? detailColumn : timeColumns)
    }

    static func render(_ records: [HistoryRecord], in context: TextContext) -> String {
        guard !records.isEmpty else { return empty }
        let lines = HistoryText(columns: HistoryColumns(records), context: context)
        // Appended piece by piece into one string: a hundred thousand lines make no line-sized temporaries.
        var text = ""
        for record in records { lines.append(record, to: &text) }
        return text
    }

    /// One record's lines, each ending in a line break.
    func append(_ record: HistoryRecord, to text: inout String) {
        guard let width = context.width else {
            Self.append(record, to: &text, commandWidth: columns.command, skillWidth: columns.skill, in: context)
            text += "\n"
            return
        }
        var line = ""
        Self.append(record, to: &line, commandWidth: columns.command, skillWidth: columns.skill, in: context)
        guard line.columns > width, detailColumn < width else {
            text += line.wrappedLines(width: width, hangingIndent: below)
            return
        }
        // The columns before the details keep their padding, so every row's details start in one column.
        let lead = line.prefix(columns: detailColumn)
        text += String(line[lead.endIndex...]).wrappedLines(width: width, after: String(lead), hangingIndent: below)
    }

    /// One record's line, without its line break.
    static func append(_ record: HistoryRecord, to text: inout String, commandWidth: Int, skillWidth: Int, in context: TextContext) {
        let style = context.style
        text += LocalTime.minute(record.recordedAt, in: context.timeZone)
        text += "  "
        text += record.command.padding(commandWidth)
        text += "  "
        text += (record.skill ?? "").padding(skillWidth)
        text += "  "
        switch record.kind {
        case .status:
            text += record.from?.rawValue ?? "?"
            // A corrected day, or its undo: the status stays, so the days are what changed.
            if let before = record.sinceBefore { text += " " + before.day(in: context.timeZone).description }
            text += " → "
            text += record.to?.rawValue ?? "?"
            if record.sinceBefore != nil, let after = record.sinceAfter { text += " " + after.day(in: context.timeZone).description }
            if let note = record.note { text += "  \"" + Inline.text(note) + "\"" }
        case .note: text += "note \"" + Inline.text(record.note ?? "") + "\""
        case .evidence: text += "evidence " + (record.title.map { Inline.text($0) + " " } ?? "") + "<" + Inline.text(record.url ?? "") + ">"
        case .noteWithdrawn: text += "note withdrawn \"" + Inline.text(record.note ?? "") + "\""
        case .evidenceWithdrawn: text += "evidence withdrawn <" + Inline.text(record.url ?? "") + ">"
        case .review:
            text += "reviewed (" + (record.recall?.rawValue ?? "?") + ")"
            if let note = record.note { text += "  \"" + Inline.text(note) + "\"" }
        case .command:
            if let reverts = record.reverts {
                text += "reverted " + reverts.shellCommandLine
            } else {
                text += Array(ownArguments(record)).shellCommandLine
            }
        }
        if case let .day(day) = record.at { text += style.dim("  (dated \(day))") }
        if let current = record.currentSkill { text += style.dim("  (now \(current))") }
        if record.retired { text += style.dim("  (retired)") }
        if record.undone { text += style.dim("  (undone)") }
    }

    /// A command's arguments after its name: `--no-pager` or `--color never` may stand before the name.
    static func ownArguments(_ record: HistoryRecord) -> ArraySlice<String> {
        guard let name = record.arguments.dropFirst().firstIndex(of: record.command) else { return record.arguments.dropFirst(2) }
        return record.arguments[(name + 1)...]
    }
}
