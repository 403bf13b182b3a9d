import Foundation
import GRDB
import Testing

@Suite struct DoctorCommandTests {
    @Test func noDatabaseIsNoProblemAndDoctorCreatesNone() throws {
        let world = try InProcess()
        let run = world.run("doctor")
        #expect(run.status == 0 && run.stdout.contains("file      none yet") && run.stdout.hasSuffix("no problems found\n"), "\(run)")
        #expect(run.stdout.contains("from      the default"))
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.deletingLastPathComponent().path))
        let missingFolder = world.run("doctor", "--db", world.home.appendingPathComponent("nowhere/progress.sqlite").path)
        #expect(missingFolder.status == 1 && missingFolder.stdout.contains("error: the folder"), "\(missingFolder)")
    }

    @Test func aHealthyDatabase() throws {
        let world = try InProcess()
        #expect(world.run("start", "python").status == 0)
        #expect(world.run("done", "numpy", "pandas").status == 0)
        let run = world.run("doctor")
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run)")
        #expect(run.stdout.contains("schema    011_compiled_ahead_of_source (current)"))
        #expect(run.stdout.contains("holds     2 events, 2 commands") && run.stdout.contains("integrity ok") && run.stdout.contains("journal   delete"))
        #expect(run.stdout.contains("mode 0600, folder mode 0700") && run.stdout.contains("changes   no started roadmap changed since the last notice"))
        let json = try #require(try world.run("doctor", "--json", environment: ["ROADMAP_DB": world.defaultDatabase.path]).json() as? [String: Any])
        #expect(json["source"] as? String == "environment" && json["events"] as? Int == 2 && json["integrity"] as? String == "ok")
        #expect((json["problems"] as? [Any])?.isEmpty == true)
    }

    @Test func aWorldReadableDatabaseIsAWarningWithItsFix() throws {
        let world = try InProcess()
        #expect(world.run("done", "numpy").status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: world.defaultDatabase.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: world.defaultDatabase.deletingLastPathComponent().path)
        let run = world.run("doctor")
        #expect(run.status == 1)
        #expect(run.stdout.contains("warning: the database is open to group or others (mode 0644); fix: chmod 600 \(world.defaultDatabase.path)\n"), "\(run)")
        #expect(run.stdout.contains("warning: its folder is open to group or others (mode 0755); fix: chmod 700 "))
    }

    @Test func aDamagedDatabaseIsDescribedNotOpened() throws {
        let world = try InProcess()
        #expect(world.run("done", "numpy").status == 0)
        var bytes = try Data(contentsOf: world.defaultDatabase)
        for index in 100..<bytes.count where index % 7 == 0 { bytes[index] = 0xA5 }
        try bytes.write(to: world.defaultDatabase)
        let run = world.run("doctor")
        #expect(run.status == 1 && run.stdout.contains("error: the database is damaged"), "\(run)")
        #expect(run.stdout.contains("restore your latest backup with 'roadmap import FILE.json'"))

        try Data("hello, not a database".utf8).write(to: world.defaultDatabase)
        let text = world.run("doctor")
        #expect(text.status == 1 && text.stdout.contains("error: the file is not an SQLite database"), "\(text)")
    }

    @Test func anOlderSchemaIsReportedNotUpgraded() throws {
        let world = try InProcess()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schema-003.sqlite")
        let copy = world.home.appendingPathComponent("old.sqlite")
        try FileManager.default.copyItem(at: fixture, to: copy)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: copy.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: world.home.path)
        let before = try Data(contentsOf: copy)
        let run = world.run("doctor", "--db", copy.path)
        #expect(run.status == 0 && run.stdout.contains("schema    003_skill_state (current: 011_compiled_ahead_of_source)"), "\(run)")
        #expect(run.stdout.contains("note: schema 003_skill_state is older than 011_compiled_ahead_of_source; the next command upgrades it"))
        #expect(try Data(contentsOf: copy) == before, "doctor changes nothing")
        #expect(!FileManager.default.fileExists(atPath: copy.path + ".before-003"))
    }

    @Test func changesNotYetToldAreNamed() throws {
        let world = try InProcess()
        #expect(world.run("start", "python").status == 0)
        let queue = try DatabaseQueue(path: world.defaultDatabase.path)
        try queue.write { try $0.execute(sql: "UPDATE roadmap_snapshot SET content_key = 'python@0'") }
        try queue.close()
        let run = world.run("doctor")
        #expect(run.stdout.contains("changes   python changed since the last notice; the next command tells how"), "\(run)")
        #expect(world.run("doctor").stdout.contains("python changed"), "doctor itself tells nothing")
    }
}
