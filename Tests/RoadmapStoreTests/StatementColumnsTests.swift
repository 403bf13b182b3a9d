import Foundation
import GRDB
import RoadmapCore
@testable import RoadmapStore
import Testing

/// `StatementColumns` reads a row through SQLite's C API instead of GRDB's `decode`: what it reads must be what GRDB reads.
struct StatementColumnsTests {
    /// Text, a NUL inside, invalid UTF-8, an integer, a blob, an empty blob, NULL.
    static let values = [
        "'done'", "'don'", "'doneX'", "'done' || char(0) || 'junk'", "CAST(x'646f6e65ff' AS TEXT)", "42", "x'646f6e65'", "x''",
        "NULL", "''", "'2026-01-10T09:00:00.000Z'", "'déjà vu — ✓'", "CAST(x'c3' AS TEXT)",
    ]

    @Test(arguments: values) func readsWhatGRDBReads(value: String) throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            // A constant from the list above, in a test: no user value.
            let statement = try db.makeStatement(sql: "SELECT " + value + ", 'done'")
            let rows = try Row.fetchCursor(statement)
            let row = try #require(try rows.next())
            let columns = StatementColumns(statement)
            let grdb = try row.decode(String?.self, atIndex: 0)
            #expect(columns.text(0) == grdb)
            #expect(columns.isNull(0) == (grdb == nil))
            // A word matches exactly when the text GRDB reads equals its raw value.
            #expect(columns.word(0, among: ColumnWords(SkillStatus.allCases)) == grdb.flatMap(SkillStatus.init(rawValue:)))
            #expect(columns.sameText(0, 1) == (grdb == "done"))
            let bytes = columns.withText(0) { Array($0) }
            #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == grdb)
            // The valid text a backup copies: GRDB's string's own bytes, invalid UTF-8 repaired, NULL as nil.
            #expect(columns.withValidText(0) { $0.map(Array.init) } == grdb.map { Array($0.utf8) })
            if let integer = try row.decode(Int64?.self, atIndex: 0), !columns.isNull(0) { #expect(columns.int64(0) == integer) }
        }
    }
}
