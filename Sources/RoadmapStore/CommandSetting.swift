import Foundation
import GRDB

/// A kind of row commands set outside the log (an enrolment, a custom roadmap), with the two tables that keep, per
/// command, what it found (`_before`, for undo) and what it left (`_after`), so every device derives the same rows
/// from the commands that stand: the newest setter's row, with the earliest of some fields (an enrolment's start).
/// With no setter standing, the row is as before the first; with no setter at all, it is no command's to derive.
struct CommandSetting: Sendable {
    /// The table: `enrolment`, `custom_roadmap`.
    let table: String
    /// Its key column.
    let key: String
    /// The columns a command's after-state keeps, besides the key.
    let fields: [String]
    /// Columns the before-state also keeps, for undo to put back exactly (a custom roadmap's compiled document).
    let keptBefore: [String]
    /// Whether a command can remove the row (its after-state says whether it `existed`); an enrolment stays.
    let removable: Bool
    /// Fields the earliest standing setter decides, not the newest.
    let earliest: Set<String>

    static let enrolment = CommandSetting(
        table: "enrolment", key: "roadmap", fields: ["started_at", "target_stage", "target_date", "updated_at"],
        keptBefore: [], removable: false, earliest: ["started_at"])
    static let customRoadmap = CommandSetting(
        table: "custom_roadmap", key: "id", fields: ["version", "source", "file_name", "added_at", "updated_at"],
        keptBefore: ["compiled", "document"], removable: true, earliest: [])

    /// A row as a command left it or as the table holds it: `existed` first, then `fields`, so two compare by value.
    typealias State = Row

    enum Derived {
        /// No command ever set it: the row stays as it is.
        case unknown
        /// What it derives to; nil: no row.
        case row(State?)
    }

    private var fieldList: String { fields.joined(separator: ", ") }
    private func fields(of alias: String) -> String { fields.map { "\(alias).\($0)" }.joined(separator: ", ") }

    /// Keeps what `commandID` found before changing the row `key` (or that there was none); only the first change a
    /// command makes counts: that is the state before it.
    func rememberBefore(_ db: Database, key value: String, commandID: Int64) throws {
        let columns = fields + keptBefore
        try db.execute(sql: """
            INSERT OR IGNORE INTO \(table)_before (command_id, \(key), existed, \(columns.joined(separator: ", ")))
            SELECT ?1, ?2, r.\(key) IS NOT NULL, \(columns.map { "r.\($0)" }.joined(separator: ", "))
            FROM (SELECT 1) LEFT JOIN \(table) r ON r.\(key) = ?2
            """, arguments: [commandID, value])
    }

    /// Puts back the row `key` as it was before `commandID` changed it.
    func restoreBefore(_ db: Database, key value: String, commandID: Int64) throws {
        let columns = ([key] + fields + keptBefore).joined(separator: ", ")
        try db.execute(sql: "DELETE FROM \(table) WHERE \(key) = ?", arguments: [value])
        try db.execute(sql: """
            INSERT INTO \(table) (\(columns)) SELECT \(columns) FROM \(table)_before WHERE command_id = ? AND \(key) = ? AND existed
            """, arguments: [commandID, value])
    }

    /// Keeps the row `key` as `commandID` left it (call after the command changed the row): as the table holds it now.
    func keep(_ db: Database, commandID: Int64, key value: String) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO \(table)_after (command_id, \(key)\(removable ? ", existed" : ""), \(fieldList))
            SELECT ?1, ?2\(removable ? ", r.\(key) IS NOT NULL" : ""), \(fields(of: "r"))
            FROM (SELECT 1) LEFT JOIN \(table) r ON r.\(key) = ?2\(removable ? "" : " WHERE r.\(key) IS NOT NULL")
            """, arguments: [commandID, value])
    }

    /// Keeps the row `key` as `commandID` left it, as another device said: `values` in `fields` order; nil: removed.
    func keep(_ db: Database, commandID: Int64, key value: String, values: [(any DatabaseValueConvertible)?]?) throws {
        var arguments: [(any DatabaseValueConvertible)?] = [commandID, value]
        if removable { arguments.append(values != nil) }
        arguments += values ?? fields.map { _ in nil }
        try db.execute(sql: """
            INSERT OR REPLACE INTO \(table)_after (command_id, \(key)\(removable ? ", existed" : ""), \(fieldList))
            VALUES (\(arguments.map { _ in "?" }.joined(separator: ", ")))
            """, arguments: StatementArguments(arguments))
    }

    /// What the row `key` derives to from the commands that stand.
    func derive(_ db: Database, key value: String) throws -> Derived {
        let columns = fields.map { field in
            earliest.contains(field) ? """
                (SELECT MIN(f.\(field)) FROM \(table)_after f JOIN command fc ON fc.id = f.command_id
                 WHERE f.\(key) = a.\(key) AND \(Standing.command("fc"))) AS \(field)
                """ : "a.\(field)"
        }
        if let newest = try Row.fetchOne(db, sql: """
            SELECT \(removable ? "a.existed" : "1") AS existed, \(columns.joined(separator: ", "))
            FROM \(table)_after a JOIN command c ON c.id = a.command_id
            WHERE a.\(key) = ? AND \(Standing.command("c"))
            ORDER BY \(LogOrder.newestCommandFirst) LIMIT 1
            """, arguments: [value]) {
            return .row(Self.existing(newest))
        }
        guard let first = try Row.fetchOne(db, sql: """
            SELECT b.existed, \(fields(of: "b"))
            FROM \(table)_before b JOIN \(table)_after a ON a.command_id = b.command_id AND a.\(key) = b.\(key)
            WHERE b.\(key) = ? ORDER BY b.command_id LIMIT 1
            """, arguments: [value]) else { return .unknown }
        return .row(Self.existing(first))
    }

    /// The row `key` as the table holds it now; nil: none.
    func current(_ db: Database, key value: String) throws -> State? {
        try Row.fetchOne(db, sql: "SELECT 1 AS existed, \(fieldList) FROM \(table) WHERE \(key) = ?", arguments: [value])
    }

    /// Whether the row `key` is other than the commands that stand derive (a row no command explains is).
    func isUnexplained(_ db: Database, key value: String) throws -> Bool {
        guard case let .row(derived) = try derive(db, key: value) else { return try current(db, key: value) != nil }
        return try current(db, key: value) != derived
    }

    /// Makes the rows of `keys` what the commands derive, writing a derived row through `insert`; returns the keys
    /// whose rows changed.
    func apply(_ db: Database, keys: some Collection<String>, insert: (_ key: String, _ row: State) throws -> Void) throws -> [String] {
        var changed: [String] = []
        for value in Set(keys).sorted() {
            guard case let .row(derived) = try derive(db, key: value), try current(db, key: value) != derived else { continue }
            try db.execute(sql: "DELETE FROM \(table) WHERE \(key) = ?", arguments: [value])
            if let derived { try insert(value, derived) }
            changed.append(value)
        }
        return changed
    }

    /// Inserts a derived row as it is: the key and its fields.
    func insertPlain(_ db: Database, key value: String, _ row: State) throws {
        try db.execute(
            sql: "INSERT INTO \(table) (\(key), \(fieldList)) VALUES (\(([key] + fields).map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments([value.databaseValue] + fields.map { row[$0] as DatabaseValue }))
    }

    /// Gives each standing command that changed a row, and kept no after-state (a database older than schema 007), the
    /// state the next such command found the row in, or the row as it is now.
    func keepPast(_ db: Database) throws {
        let befores = try Row.fetchAll(db, sql: """
            SELECT b.command_id, b.\(key) AS key, (\(Standing.command("c"))) AS stands
            FROM \(table)_before b JOIN command c ON c.id = b.command_id ORDER BY b.\(key), b.command_id
            """)
        for (index, row) in befores.enumerated() where row["stands"] as Bool {
            let value: String = row["key"], commandID: Int64 = row["command_id"]
            guard index + 1 < befores.count, befores[index + 1]["key"] as String == value else {
                try keep(db, commandID: commandID, key: value)
                continue
            }
            let existed = removable ? "existed, " : ""
            try db.execute(sql: """
                INSERT INTO \(table)_after (command_id, \(key), \(existed)\(fieldList))
                SELECT ?, \(key), \(existed)\(fieldList) FROM \(table)_before
                WHERE command_id = ? AND \(key) = ?\(removable ? "" : " AND existed")
                """, arguments: [commandID, befores[index + 1]["command_id"] as Int64, value])
        }
    }

    /// A state that says the row existed, or nil.
    private static func existing(_ row: Row) -> State? {
        row["existed"] as Bool ? row : nil
    }
}
