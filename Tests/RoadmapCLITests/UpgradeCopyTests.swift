import Foundation
import GRDB
import Testing

/// Before a migration upgrades a database, the old file is kept beside it, private, through SQLite's backup API.
@Suite struct UpgradeCopyTests {
    static let fixtures = ["schema-001", "schema-002", "schema-003", "schema-004"]

    func events(_ path: String) throws -> [Row] {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        return try queue.read { try Row.fetchAll($0, sql: "SELECT * FROM event ORDER BY rowid") }
    }

    func schema(_ path: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "SELECT max(identifier) FROM grdb_migrations") }
    }

    @Test(arguments: fixtures) func keepsTheOldFileBeforeUpgrading(_ fixture: String) throws {
        let world = try InProcess()
        let original = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(fixture).sqlite")
        let database = world.home.appendingPathComponent("progress.sqlite")
        try FileManager.default.copyItem(at: original, to: database)
        let oldSchema = try #require(try schema(original.path))
        let number = String(oldSchema.prefix(3))
        let copy = database.path + ".before-\(number)"

        let first = world.run(["status"], environment: ["ROADMAP_DB": database.path])
        let second = world.run(["history"], environment: ["ROADMAP_DB": database.path])
        #expect(first.status == 0 && second.status == 0, "\(first)\n\(second)")
        let line = "roadmap: upgraded the progress database from schema \(Int(number)!) to 11; the old file is kept at \(copy)\n"
        #expect(first.stderr.components(separatedBy: line).count == 2, "once: \(first.stderr)")
        #expect(!second.stderr.contains("upgraded"), "only the run that upgraded says so")

        let attributes = try FileManager.default.attributesOfItem(atPath: copy)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try schema(copy) == oldSchema, "the copy keeps the old schema")
        #expect(try schema(database.path) == "011_compiled_ahead_of_source")
        #expect(try events(copy) == events(original.path), "the copy holds the same events")
        #expect(try !events(copy).isEmpty)
    }

    @Test func aNewOrCurrentDatabaseGetsNoCopy() throws {
        let world = try InProcess()
        #expect(world.run("done", "numpy").status == 0)
        #expect(world.run("done", "pandas").stderr.isEmpty)
        let folder = world.defaultDatabase.deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["progress.sqlite"])
    }
}
