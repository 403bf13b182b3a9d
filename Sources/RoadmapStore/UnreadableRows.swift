import Foundation
import RoadmapCore

/// The fields a store's reads met that do not read. Their rows are left out, so the commands that can still work do;
/// the command then says so once, and `doctor` says how to repair each. Read through `LogField`, as every door is.
final class UnreadableRows: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [UnreadableField] = []
    private var seen: Set<String> = []
    let path: String

    init(path: String) { self.path = path }

    var fields: [UnreadableField] { lock.withLock { found } }

    func note(_ field: UnreadableField) {
        lock.withLock {
            if seen.insert(field.place).inserted { found.append(field) }
        }
    }

    // MARK: the readers, each noting what does not read

    /// `row` is worked out only for a time that does not read: 'show' reads 31,515 good ones (large).
    func time(_ text: String, table: String, row: @autoclosure () -> String, field: String) -> Date? {
        if let date = LogField.time(text) { return date }
        note(table: table, row: row(), field: field, value: text, problem: Timestamp.problem(text) ?? "not a time")
        return nil
    }

    func eventTime(_ text: String, row: Int64) -> EffectiveTime? {
        if let time = LogField.eventTime(text) { return time }
        let problem = text.utf8.count == 10 ? "not a day of the calendar" : Timestamp.problem(text) ?? "not a time"
        note(table: "event", row: "id = \(row)", field: "at", value: text, problem: problem)
        return nil
    }

    /// A status column that must read when present (nil stays nil); `.some(nil)` when it does not.
    func status(_ text: String?, row: Int64, field: String) -> SkillStatus?? {
        guard let text else { return .some(nil) }
        if let status = LogField.status(text) { return status }
        note(table: "event", row: "id = \(row)", field: field, value: text,
             problem: "not one of \(SkillStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    func recall(_ text: String?, row: Int64) -> Recall?? {
        guard let text else { return .some(nil) }
        if let recall = LogField.recall(text) { return recall }
        note(table: "event", row: "id = \(row)", field: "recall", value: text,
             problem: "not one of \(Recall.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    func kind(_ text: String, row: Int64) -> HistoryEntry.Kind? {
        if let kind = LogField.eventKind(text) { return kind }
        note(table: "event", row: "id = \(row)", field: "kind", value: text, problem: "not a kind of event")
        return nil
    }

    private func note(table: String, row: String, field: String, value: String, problem: String) {
        note(UnreadableField(
            table: table, row: row, field: field, value: String(value.prefix(60)), problem: problem,
            repair: Self.repair(table: table, row: row, field: field, path: path)))
    }

    /// A repair that keeps the log's meaning where one can: an event's time becomes its command's, a command's the
    /// time of the command before it; a word becomes a valid one to check afterwards.
    static func repair(table: String, row: String, field: String, path: String) -> String {
        let restore = "restore your latest backup: move \(path.shellQuoted) aside and run 'roadmap import FILE.json'"
        // The row's key goes into a command the user pastes: only ids of the ordinary shape (a hand edit may hold anything).
        guard row.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || " =_-'".contains($0)) }) else { return restore }
        let value: String
        switch (table, field) {
        case ("event", "at"): value = "(SELECT recorded_at FROM command WHERE id = event.command_id)"
        case ("command", "recorded_at"):
            value = "(SELECT max(recorded_at) FROM command c WHERE c.id < command.id AND length(c.recorded_at) = 24)"
        case ("event", "to_status"), ("event", "from_status"): value = "'todo'"
        case ("event", "recall"): value = "'good'"
        case ("event", "kind"): return restore
        default: value = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        }
        // Not SQL this store runs: a command line for the user, from the names above and a checked key.
        let statement = ["UPDATE", table, "SET", field, "=", value, "WHERE", row].joined(separator: " ")
        return "sqlite3 " + path.shellQuoted + " \"" + statement + "\""
    }
}
