import Foundation
import GRDB
@testable import RoadmapStore
import Testing
import RoadmapCore

@Suite struct OpeningTests {
    @Test func createsPrivateFoldersAndFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("a", "b", "progress.sqlite")
        let store = try ProgressStore(path: path)
        #expect(store.path == path)
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        #expect(try permissions(folder.path("a")) == 0o700)
        #expect(try permissions(folder.path("a", "b")) == 0o700)
        #expect(try permissions(path) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func journalIsAsPrivateAsTheDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let store = try ProgressStore(path: path)
        let journalMode = try store.write { db in
            // Writing a page makes SQLite create its rollback journal beside the file.
            try db.execute(sql: "INSERT INTO enrolment (roadmap, started_at, updated_at) VALUES ('x', '', '')")
            return try permissions(path + "-journal")
        }
        #expect(journalMode == 0o600)
    }

    @Test func aFolderIsNotADatabase() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.notADatabase(path: folder.url.path)) { try ProgressStore(path: folder.url.path) }
        #expect(throws: StoreError.notADatabase(path: folder.url.path)) { try ProgressStore.openExisting(path: folder.url.path) }
    }

    @Test func marksTheFileAsARoadmapDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path)
        let applicationID = try DatabaseQueue(path: path).read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }
        #expect(applicationID == 0x524D_4150)
    }

    @Test func leavesExistingPermissionsAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        _ = try ProgressStore(path: path)
        #expect(try permissions(path) == 0o640)
    }

    @Test func progressPersistsAcrossOpenings() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path).markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        let reopened = try #require(try ProgressStore.openExisting(path: path))
        #expect(try reopened.progress()["a"]?.status == .done)
        #expect(try reopened.progress()["a"]?.since == .instant(day(0)))
    }

    @Test func openExistingNeverCreatesAFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing", "progress.sqlite")
        #expect(try ProgressStore.openExisting(path: path) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.path("missing")))
    }

    @Test func anEmptyFileCountsAsNew() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try ProgressStore.openExisting(path: path) == nil)
        let store = try ProgressStore(path: path)
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        #expect(try store.progress().count == 1)
    }

    @Test func commandsThatChangeNothingLeaveTheFileByteIdentical() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let store = try ProgressStore(path: path)
        _ = try store.enrol(roadmap: "python", targetStage: "basics", targetDate: nil, at: day(0))
        _ = try store.markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        let before = try fileBytes(path)

        let again = try ProgressStore(path: path)
        _ = try again.markStatus(.done, skills: ["a"], at: day(1), note: nil, command: command("done", "a"))
        _ = try again.enrol(roadmap: "python", targetStage: nil, targetDate: nil, at: day(1))
        let reader = try #require(try ProgressStore.openExisting(path: path))
        _ = try reader.progress()
        _ = try reader.history()
        _ = try reader.enrolments()
        #expect(try fileBytes(path) == before)
    }

    @Test(arguments: [
        Data("hello, this is a text file\nnot a database\n".utf8),
        Data((0..<4096).map { _ in UInt8.random(in: 0...255) }),
        Data("x".utf8),
    ])
    func refusesFilesThatAreNotSQLiteAndLeavesThemUntouched(contents: Data) throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        try contents.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore(path: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore.openExisting(path: path) }
        #expect(try fileBytes(path) == contents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["progress.sqlite"])
    }

    @Test func refusesSomeoneElsesDatabaseAndLeavesItUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoice (total) VALUES (12.5)")
        }
        let before = try fileBytes(path)
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore(path: path) }
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore.openExisting(path: path) }
        #expect(try fileBytes(path) == before)
    }

    @Test func refusesAnotherGRDBAppsDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: "CREATE TABLE player (id INTEGER PRIMARY KEY)") }
        try migrator.migrate(DatabaseQueue(path: path))
        let before = try fileBytes(path)
        #expect(throws: StoreError.notADatabase(path: path)) { try ProgressStore(path: path) }
        #expect(try fileBytes(path) == before)
    }

    @Test func refusesADatabaseFromANewerRoadmapAndLeavesItUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path).markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')")
        }
        let before = try fileBytes(path)
        let refusal = StoreError.newerSchema(path: path, schema: "999_from_the_future")
        #expect(throws: refusal) { try ProgressStore(path: path) }
        #expect(throws: refusal) { try ProgressStore.openExisting(path: path) }
        #expect(try fileBytes(path) == before)
        #expect(refusal.description == "'\(path)' was written by a newer roadmap (schema 999_from_the_future); upgrade roadmap to use it")
    }

    @Test func aCorruptFileThrowsInsteadOfTrapping() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        let store = try ProgressStore(path: path)
        for index in 0..<200 {
            _ = try store.markStatus(.done, skills: ["skill.\(index)"], at: day(0), note: String(repeating: "x", count: 200), command: command("done"))
        }
        // Keep the 100-byte header and page 1, scribble over everything after.
        var bytes = try fileBytes(path)
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        for index in pageSize..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) {
            let damaged = try ProgressStore(path: path)
            _ = try damaged.progress()
            _ = try damaged.history()
        }
    }

    @Test func cannotCreateUnderAFileNamesThePathAndReason() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path("blocker")
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
        let path = folder.path("blocker", "progress.sqlite")
        #expect(throws: StoreError.cannotCreate(path: path, reason: "not a directory")) { try ProgressStore(path: path) }
        #expect(StoreError.cannotCreate(path: "/x/dir", reason: "permission denied").description == "cannot create '/x/dir': permission denied")
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func unwritableFolderIsACleanError() throws {
        let folder = try TemporaryFolder()
        let locked = folder.path("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o500])
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked) }
        let path = folder.path("locked", "sub", "progress.sqlite")
        #expect(throws: StoreError.cannotCreate(path: folder.path("locked", "sub"), reason: "permission denied")) {
            try ProgressStore(path: path)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func readOnlyFileStillOpensForReading() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("progress.sqlite")
        _ = try ProgressStore(path: path).markStatus(.done, skills: ["a"], at: day(0), note: nil, command: command("done", "a"))
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        let before = try fileBytes(path)
        let reader = try #require(try ProgressStore.openExisting(path: path))
        #expect(try reader.progress()["a"]?.status == .done)
        #expect(throws: StoreError.readOnly(path: path)) {
            try reader.markStatus(.learning, skills: ["a"], at: day(1), note: nil, command: command("learning", "a"))
        }
        #expect(throws: StoreError.readOnly(path: path)) { try ProgressStore(path: path) }
        #expect(try fileBytes(path) == before)
    }

    @Test func errorMessagesAreOneLowerCaseLine() {
        let errors: [StoreError] = [
            .notADatabase(path: "/x/progress.sqlite"), .newerSchema(path: "/x/progress.sqlite", schema: "003_x"),
            .corrupt(path: "/x/progress.sqlite"), .cannotCreate(path: "/x/dir", reason: "permission denied"),
            .cannotOpen(path: "/x/progress.sqlite"), .readOnly(path: "/x/progress.sqlite"), .busy(path: "/x/progress.sqlite"),
            .failed(path: "/x/progress.sqlite", reason: "disk i/o error"), .nothingToUndo,
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.first?.isLowercase == true || error.description.first == "'")
        }
        #expect(StoreError.notADatabase(path: "/x/progress.sqlite").description == "'/x/progress.sqlite' is not a roadmap database; pass another --db path")
    }

    @Test func schemaVersionIsTheLastKnownMigration() {
        #expect(ProgressStore.knownSchemaVersions.first == "001_progress")
        #expect(ProgressStore.schemaVersion == ProgressStore.knownSchemaVersions.last)
        #expect(ProgressStore.knownSchemaVersions == ProgressStore.knownSchemaVersions.sorted())
    }
}
