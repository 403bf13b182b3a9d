import Foundation
import GRDB
@testable import RoadmapStore
import Testing

/// `RowBatch` binds its values through SQLite's C API, not GRDB's arguments: what it writes must be what GRDB writes.
struct RowBatchTests {
    struct Pair: BatchRow {
        static let table = "pair"
        static let columns = ["text", "number"]
        var text: String?
        var number: Int64?

        func bind(to binder: inout RowBinder) {
            binder.bind(text)
            binder.bind(number)
        }
    }

    static let awkward: [Pair] = [
        Pair(text: "", number: 0),
        Pair(text: nil, number: nil),
        Pair(text: "plain", number: Int64.min),
        Pair(text: "é, 日本語, 🙂‍↔️, e\u{301}, \u{202E}reversed", number: Int64.max),
        Pair(text: "quotes ' \" and \\ and %s ?", number: -1),
        Pair(text: "lines\nand\ttabs\r\n", number: 1),
        Pair(text: String(repeating: "long ", count: 5_000), number: 42),
        // Longer than a chunk of `BatchTexts`.
        Pair(text: String(repeating: "longer than a chunk ", count: 4_000), number: 43),
        // GRDB binds text as a C string: both stop at a NUL (no text the import takes holds one).
        Pair(text: "before\u{0}after", number: 7),
    ]

    static func rows(_ db: Database, _ table: String) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: "SELECT text, typeof(text), number, typeof(number) FROM \(table) ORDER BY id").map { Array($0.databaseValues) }
    }

    @Test func writesWhatGRDBWrites() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            for table in ["pair", "grdb"] { try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)") }
            // A full batch, then one part full, so both statements are used.
            let pairs = Array((0..<(RowBatch<Pair>.rowsPerStatement / Self.awkward.count + 2)).map { _ in Self.awkward }.joined())
            var batch = RowBatch<Pair>()
            for pair in pairs {
                batch.append(pair)
                if batch.isFull { try batch.write(db) }
            }
            try batch.write(db)
            for pair in pairs { try db.execute(sql: "INSERT INTO grdb (text, number) VALUES (?, ?)", arguments: [pair.text, pair.number]) }
            let written = try Self.rows(db, "pair")
            #expect(written.count == pairs.count)
            #expect(written == (try Self.rows(db, "grdb")))
            #expect(written[1] == [.null, "null".databaseValue, .null, "null".databaseValue])
            #expect(written[2][2] == Int64.min.databaseValue)
        }
    }

    @Test func aStatementUsedAgainBindsEveryValueAnew() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE pair (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)")
            // Three full batches through the one statement kept (values, then nulls where they were, then values
            // again), then a part-full batch, then a full one again.
            let full = RowBatch<Pair>.rowsPerStatement
            let batches: [[Pair]] = [
                (0..<full).map { Pair(text: "first \($0)", number: Int64($0)) },
                Array(repeating: Pair(text: nil, number: nil), count: full),
                (0..<full).map { Pair(text: "third \($0)", number: -Int64($0)) },
                [Self.awkward[3], Self.awkward[1]],
                (0..<full).map { Pair(text: $0.isMultiple(of: 2) ? nil : "fifth", number: $0.isMultiple(of: 3) ? nil : 5) },
            ]
            var batch = RowBatch<Pair>()
            for rows in batches {
                for row in rows { batch.append(row) }
                try batch.write(db)
            }
            let expected = batches.joined().map { pair -> [DatabaseValue] in
                [pair.text.databaseValue, (pair.text == nil ? "null" : "text").databaseValue,
                 pair.number.databaseValue, (pair.number == nil ? "null" : "integer").databaseValue]
            }
            #expect(try Self.rows(db, "pair") == expected)
        }
    }

    @Test func aBatchIsWrittenOnceAndEmptied() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE pair (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)")
            var batch = RowBatch<Pair>()
            try batch.write(db)
            batch.append(Self.awkward[3])
            try batch.write(db)
            try batch.write(db)
            #expect(batch.count == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM pair") == 1)
        }
    }
}
