import Foundation
import GRDB
import GRDBSQLite
@testable import RoadmapStore
import Testing

/// Schema 011 made the custom_roadmap table again with the small columns and the compiled text ahead of the YAML: the
/// same rows, and the catalog's read of a row no longer walks the YAML's pages.
@Suite struct CustomRoadmapTableTests {
    static let columns = "id, version, file_name, added_at, updated_at, compiled, source, document"

    @Test(arguments: ["schema-002", "schema-004", "builtins-v2"])
    func theUpgradeKeepsEveryRowAsItWas(fixture: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.copy(fixture: fixture)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "010_skill_state_carries_mark")
        let before = try queue.read { try Row.fetchAll($0, sql: "SELECT \(Self.columns) FROM custom_roadmap ORDER BY id") }
        try queue.close()

        let store = try ProgressStore(path: path)
        let after = try store.read { try Row.fetchAll($0, sql: "SELECT \(Self.columns) FROM custom_roadmap ORDER BY id") }
        #expect(after == before)
        let order = try store.read { try String.fetchAll($0, sql: "SELECT name FROM pragma_table_info('custom_roadmap')") }
        #expect(order == Self.columns.components(separatedBy: ", "))
        #expect(try store.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'custom_roadmap' AND type = 'index'") }
            == ["sqlite_autoindex_custom_roadmap_1"])
        #expect(fixture == "builtins-v2" || !before.isEmpty, "the fixture has custom roadmaps")
    }

    /// A 3 MB YAML no longer stands between a command and the compiled text: a fresh connection reading the text
    /// reads about as many pages as the text fills (SQLite's cache misses), not the YAML's too.
    @Test func readingTheCompiledTextSkipsTheYAMLsPages() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let yaml = String(repeating: "# a long comment line of a roadmap file, as a large one has many of them\n", count: 40_000)
        let compiled = String(repeating: "K\tskill\n", count: 5_000)
        try ProgressStore(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO custom_roadmap (id, version, compiled, source, file_name, added_at, updated_at)
                VALUES ('big', 1, ?, ?, 'big.yaml', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """, arguments: [compiled, yaml])
        }
        func pagesRead(_ column: String) throws -> Int32 {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                // What every command reads (the catalog's rows without their YAML), or the YAML alone.
                if column == "source" {
                    _ = try String.fetchOne(db, sql: "SELECT source FROM custom_roadmap")
                } else {
                    #expect(try CustomRoadmapRow.all(db, withSource: false).map(\.compiled) == [compiled])
                }
                var misses: Int32 = 0, highwater: Int32 = 0
                sqlite3_db_status(db.sqliteConnection, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highwater, 0)
                return misses
            }
        }
        let yamlPages = Int32(yaml.utf8.count / 4096), compiledPages = Int32(compiled.utf8.count / 4096)
        #expect(try pagesRead("source") > yamlPages, "the YAML's own pages, after the compiled text's")
        #expect(try pagesRead("compiled") < compiledPages + 20, "not the YAML's \(yamlPages)")
    }

    /// The compiled text is read from its pages into the string (no buffer of SQLite's between): the same text as the
    /// column's, long or empty, or stored as a blob.
    @Test(arguments: [
        String(repeating: "K\tskill — ünïcödé\n", count: 200_000), "", "R\tone line", "5",
    ])
    func theCompiledTextReadFromItsPagesIsTheColumns(compiled: String) throws {
        let folder = try TemporaryFolder()
        let store = try ProgressStore(path: folder.path("progress.sqlite"))
        try store.write { db in
            // "5" is stored as a blob of its one byte.
            try db.execute(sql: """
                INSERT INTO custom_roadmap (id, version, compiled, source, file_name, added_at, updated_at)
                VALUES ('r', 1, \(compiled == "5" ? "X'35'" : "?"), '', 'r.yaml', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """, arguments: compiled == "5" ? [] : [compiled])
        }
        try store.read { db in
            #expect(try String.fetchOne(db, sql: "SELECT typeof(compiled) FROM custom_roadmap") == (compiled == "5" ? "blob" : "text"))
            let column = try String.fetchOne(db, sql: "SELECT compiled FROM custom_roadmap")
            #expect(column == compiled)
            #expect(try CustomRoadmapRow.all(db, withSource: false).map(\.compiled) == [compiled])
            #expect(try CustomRoadmapRow.all(db).map(\.compiled) == [compiled])
        }
    }
}
