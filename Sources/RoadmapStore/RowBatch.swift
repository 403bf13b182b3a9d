import Foundation
import GRDB
import GRDBSQLite
import RoadmapCore

/// Rows inserted many to a statement, in the order appended. SQLite builds each `IN (…)` list of a CHECK constraint
/// (the event table has four) as a small table once per statement run: one row a statement spent 40 % of an import
/// on building them, and GRDB's work per statement is paid once a batch too.
struct RowBatch<Row: BatchRow> {
    static var rowsPerStatement: Int { 1000 }
    private var rows: [Row] = []
    /// The statement of the last write and how many rows it inserts, kept for the next batch of that size: its SQL of
    /// 12,000 placeholders made, hashed and looked up again, and its bindings cleared (SQLite nulls each one, though
    /// every one is bound again), were 0.8 G of a large import's 16.8 G instructions.
    private var statement: (statement: Statement, rows: Int)?
    /// Where the batch's texts are copied for binding.
    private let texts = BatchTexts()

    init() {
        rows.reserveCapacity(Self.rowsPerStatement)
    }

    var count: Int { rows.count }
    var isFull: Bool { count >= Self.rowsPerStatement }

    mutating func append(_ row: Row) {
        rows.append(row)
    }

    /// Inserts the rows waiting, in one statement (prepared once for every batch of one size), into `db`, the one
    /// database this batch writes to.
    mutating func write(_ db: Database) throws {
        guard !rows.isEmpty else { return }
        let statement: Statement
        if let kept = self.statement, kept.rows == rows.count {
            statement = kept.statement
            // Every parameter is bound again below, so none needs clearing; a failed run's code was thrown by execute.
            sqlite3_reset(statement.sqliteStatement)
        } else {
            // Constant names and placeholders only: every value is bound.
            let placeholders = "(" + Array(repeating: "?", count: Row.columns.count).joined(separator: ", ") + ")"
            let sql = "INSERT INTO " + Row.table + " (" + Row.columns.joined(separator: ", ") + ") VALUES "
                + Array(repeating: placeholders, count: rows.count).joined(separator: ", ")
            statement = try db.makeStatement(sql: sql)
            // GRDB's arguments set (none), so its execute runs what is bound here.
            statement.setUncheckedArguments([])
            self.statement = (statement, rows.count)
        }
        // Bound through SQLite's C API as GRDB binds each value (RowBatchTests): GRDB's arguments, an existential then a
        // DatabaseValue a value, took 3.5 G of a large import's 21.8 G instructions.
        // The last batch's statement ran: its texts are no longer read.
        texts.reset()
        var binder = RowBinder(statement: statement.sqliteStatement, texts: texts)
        for row in rows { row.bind(to: &binder) }
        // A bind fails only for an index out of range or out of memory: an error of the import, never a trap.
        if let failure = binder.failure { throw DatabaseError(resultCode: ResultCode(rawValue: failure.code), message: "binding parameter \(failure.index) failed") }
        try statement.execute()
        rows.removeAll(keepingCapacity: true)
    }
}

/// A row a `RowBatch` inserts: its table, its columns, and its values bound in their order.
protocol BatchRow {
    static var table: String { get }
    static var columns: [String] { get }
    func bind(to binder: inout RowBinder)
}

/// Binds values one after the other to a prepared statement's parameters, each as GRDB's `bind` does.
struct RowBinder {
    let statement: SQLiteStatement
    private let texts: BatchTexts
    private var index: CInt = 1
    /// The first bind that failed: its parameter and SQLite's code.
    private(set) var failure: (index: CInt, code: CInt)?

    init(statement: SQLiteStatement, texts: BatchTexts) { (self.statement, self.texts) = (statement, texts) }

    mutating func bind(_ text: String?) {
        // As `String.bind(to:at:)`: the text up to any NUL. Copied once into the batch's texts, which outlive the
        // statement's run, so SQLite need not copy it again (SQLITE_STATIC, GRDB's nil).
        let code = text.map { sqlite3_bind_text(statement, index, texts.copy($0), -1, nil) } ?? sqlite3_bind_null(statement, index)
        next(code)
    }

    mutating func bind(_ integer: Int64?) {
        let code = integer.map { sqlite3_bind_int64(statement, index, $0) } ?? sqlite3_bind_null(statement, index)
        next(code)
    }

    private mutating func next(_ code: CInt) {
        if code != SQLITE_OK, failure == nil { failure = (index, code) }
        index += 1
    }
}

/// Copies of a batch's texts, each up to any NUL and NUL-terminated, in chunks kept from one batch to the next: bound
/// without SQLite copying each again, they must stay where they are until the statement ran (`reset` after it).
// SQLite's own copy of each bound text (a malloc, a copy, a free) was ~1 G of the 12 G a large import's writing thread ran.
final class BatchTexts {
    private static let chunkSize = 1 << 16
    private var chunks: [UnsafeMutablePointer<CChar>] = []
    /// Texts longer than a chunk, each in an allocation of its own until `reset`.
    private var large: [UnsafeMutablePointer<CChar>] = []
    private var chunk = 0
    private var used = 0

    /// Every copy made so far may be overwritten or freed.
    func reset() {
        large.forEach { $0.deallocate() }
        large = []
        (chunk, used) = (0, 0)
    }

    /// A copy of `text` up to any NUL, NUL-terminated, there until `reset`.
    func copy(_ text: String) -> UnsafePointer<CChar> {
        text.withCString { source in
            let size = strlen(source) + 1
            let target = place(size)
            target.update(from: source, count: size)
            return UnsafePointer(target)
        }
    }

    private func place(_ size: Int) -> UnsafeMutablePointer<CChar> {
        guard size <= Self.chunkSize else {
            let own = UnsafeMutablePointer<CChar>.allocate(capacity: size)
            large.append(own)
            return own
        }
        if used + size > Self.chunkSize { (chunk, used) = (chunk + 1, 0) }
        if chunk == chunks.count { chunks.append(.allocate(capacity: Self.chunkSize)) }
        defer { used += size }
        return chunks[chunk] + used
    }

    deinit {
        reset()
        chunks.forEach { $0.deallocate() }
    }
}

/// A backup's command as its row.
struct CommandInsert: BatchRow {
    static let table = "command"
    static let columns = ["uuid", "recorded_at", "name", "arguments", "imported_by"]
    var command: BackupRestore.PreparedCommand
    var importedBy: Int64

    func bind(to binder: inout RowBinder) {
        binder.bind(command.command.uuid)
        binder.bind(command.command.recordedAt)
        binder.bind(command.command.name)
        binder.bind(command.arguments)
        binder.bind(importedBy)
    }
}

/// A backup's event as its row.
struct EventInsert: BatchRow {
    static let table = "event"
    static let columns = [
        "uuid", "command_id", "at", "skill", "kind", "from_status", "to_status", "note", "url", "title", "withdraws", "recall",
    ]
    var event: ProgressBackup.Event
    var commandID: Int64?

    func bind(to binder: inout RowBinder) {
        binder.bind(event.uuid)
        binder.bind(commandID)
        binder.bind(event.at)
        binder.bind(event.skill)
        binder.bind(event.kind)
        binder.bind(event.from)
        binder.bind(event.to)
        binder.bind(event.note)
        binder.bind(event.url)
        binder.bind(event.title)
        binder.bind(event.withdraws)
        binder.bind(event.recall)
    }
}
