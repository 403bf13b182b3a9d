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
        // One buffer of bytes, its room kept from piece to piece, made a string once a piece: a string appended to
        // ten times a line cost large `history` 350 M instructions.
        var text: [UInt8] = []
        text.reserveCapacity(piece + 1_024)
        try records { record in
            isEmpty = false
            lines.append(record, to: &text)
            if text.count >= piece {
                try write(String(decoding: text, as: UTF8.self))
                text.removeAll(keepingCapacity: true)
            }
        }
        if !text.isEmpty { try write(String(decoding: text, as: UTF8.self)) }
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
        var bytes: [UInt8] = []
        append(record, to: &bytes)
        text += String(decoding: bytes, as: UTF8.self)
    }

    /// One record's lines as UTF-8, each ending in a line break.
    func append(_ record: HistoryRecord, to text: inout [UInt8]) {
        guard let width = context.width else {
            Self.append(record, to: &text, commandWidth: columns.command, skillWidth: columns.skill, in: context)
            text.append(UInt8(ascii: "\n"))
            return
        }
        var bytes: [UInt8] = []
        Self.append(record, to: &bytes, commandWidth: columns.command, skillWidth: columns.skill, in: context)
        let line = String(decoding: bytes, as: UTF8.self)
        guard line.columns > width, detailColumn < width else {
            text += line.wrappedLines(width: width, hangingIndent: below).utf8
            return
        }
        // The columns before the details keep their padding, so every row's details start in one column.
        let lead = line.prefix(columns: detailColumn)
        text += String(line[lead.endIndex...]).wrappedLines(width: width, after: String(lead), hangingIndent: below).utf8
    }

    /// One record's line as UTF-8, without its line break.
    static func append(_ record: HistoryRecord, to text: inout [UInt8], commandWidth: Int, skillWidth: Int, in context: TextContext) {
        let style = context.style
        text += LocalTime.minute(record.recordedAt, in: context.timeZone).utf8
        text += "  ".utf8
        pad(record.command, to: commandWidth, in: &text)
        text += "  ".utf8
        pad(record.skill ?? "", to: skillWidth, in: &text)
        text += "  ".utf8
        switch record.kind {
        case .status:
            text += (record.from?.rawValue ?? "?").utf8
            // A corrected day, or its undo: the status stays, so the days are what changed.
            if let before = record.sinceBefore { text += " ".utf8; text += before.day(in: context.timeZone).description.utf8 }
            text += " → ".utf8
            text += (record.to?.rawValue ?? "?").utf8
            if record.sinceBefore != nil, let after = record.sinceAfter { text += " ".utf8; text += after.day(in: context.timeZone).description.utf8 }
            if let note = record.note { quoted(note, after: "  \"", in: &text) }
        case .note: quoted(record.note ?? "", after: "note \"", in: &text)
        case .evidence:
            text += "evidence ".utf8
            if let title = record.title { text += Inline.text(title).utf8; text += " ".utf8 }
            text += "<".utf8; text += Inline.text(record.url ?? "").utf8; text += ">".utf8
        case .noteWithdrawn: quoted(record.note ?? "", after: "note withdrawn \"", in: &text)
        case .evidenceWithdrawn: text += "evidence withdrawn <".utf8; text += Inline.text(record.url ?? "").utf8; text += ">".utf8
        case .review:
            text += "reviewed (".utf8; text += (record.recall?.rawValue ?? "?").utf8; text += ")".utf8
            if let note = record.note { quoted(note, after: "  \"", in: &text) }
        case .command:
            if let reverts = record.reverts {
                text += "reverted ".utf8; text += reverts.shellCommandLine.utf8
            } else {
                text += Array(ownArguments(record)).shellCommandLine.utf8
            }
        }
        if case let .day(day) = record.at { text += style.dim("  (dated \(day))").utf8 }
        if let current = record.currentSkill { text += style.dim("  (now \(current))").utf8 }
        if record.retired { text += style.dim("  (retired)").utf8 }
        if record.undone { text += style.dim("  (undone)").utf8 }
    }

    /// `text` left-aligned in `width` characters, as `padding` aligns it.
    private static func pad(_ field: String, to width: Int, in text: inout [UInt8]) {
        text += field.utf8
        let missing = width - field.characterCount
        if missing > 0 { text += repeatElement(UInt8(ascii: " "), count: missing) }
    }

    /// `opening`, then a note on one line, then a closing quote.
    private static func quoted(_ note: String, after opening: String, in text: inout [UInt8]) {
        text += opening.utf8
        text += Inline.text(note).utf8
        text += "\"".utf8
    }

    /// A command's arguments after its name: `--no-pager` or `--color never` may stand before the name.
    static func ownArguments(_ record: HistoryRecord) -> ArraySlice<String> {
        guard let name = record.arguments.dropFirst().firstIndex(of: record.command) else { return record.arguments.dropFirst(2) }
        return record.arguments[(name + 1)...]
    }
}

extension [UInt8] {
    /// A string's bytes appended at once from its storage: through the generic sequence append, 180 instructions
    /// each of large `history`'s million.
    static func += (bytes: inout [UInt8], text: String.UTF8View) {
        if text.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: Array(text)) }
    }
}
