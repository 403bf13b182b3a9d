import Foundation
import GRDB
import Testing

/// A row that does not read (an older release's, a hand edit) no longer makes the whole database "damaged": the
/// commands leave it out and say so in one line, the other skills' status stands, and `doctor` names the table, the
/// row and the field, and gives the repair.
@Suite struct UnreadableRowTests {
    func edited(_ sql: String) throws -> (InProcess, Int64) {
        let world = try InProcess()
        #expect(world.run("start", "python").status == 0)
        #expect(world.run("done", "python.basics").status == 0)
        #expect(world.run("done", "python.collections").status == 0)
        let queue = try DatabaseQueue(path: world.defaultDatabase.path)
        let id = try queue.write { db in
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM event WHERE skill = 'python.basics'")!
            try db.execute(sql: sql, arguments: [id])
            return id
        }
        try queue.close()
        return (world, id)
    }

    @Test func anEventTimeOutOfRangeLeavesTheOtherSkillsReadableAndDoctorRepairsIt() throws {
        let (world, id) = try edited("UPDATE event SET at = '2026-12-06T25:99:38.968Z' WHERE id = ?")
        let notice = "roadmap: left out what does not read in \(world.defaultDatabase.path) (event row id = \(id), field at); 'roadmap doctor' says how to repair it\n"

        let status = world.run("status", "--json")
        #expect(status.status == 0 && status.stderr == notice, "\(status)")
        let show = world.run("show", "python")
        #expect(show.status == 0 && show.stdout.contains("[x] python.collections"), "\(show)")
        let history = world.run("history")
        #expect(history.status == 0 && history.stdout.contains("python.collections") && history.stderr == notice, "\(history)")
        for command in [["report"], ["review"], ["export", "--format", "json"], ["info", "python.basics"]] {
            let run = world.run(command)
            #expect(run.status == 0, "\(command): \(run)")
        }

        let doctor = world.run("doctor")
        #expect(doctor.status == 1)
        let repair = "sqlite3 \(world.defaultDatabase.path) \"UPDATE event SET at = (SELECT recorded_at FROM command WHERE id = event.command_id) WHERE id = \(id)\""
        #expect(doctor.stdout.contains(
            "error: event row id = \(id), field at does not read: '2026-12-06T25:99:38.968Z' hour 25 is not 00–23; fix: \(repair)\n"), "\(doctor)")
        let json = try #require(try world.run("doctor", "--json").json() as? [String: Any])
        #expect((json["problems"] as? [[String: Any]])?.first?["fix"] as? String == repair)

        // The repair as given, through SQLite as the sqlite3 shell would run it.
        let queue = try DatabaseQueue(path: world.defaultDatabase.path)
        try queue.write { db in try db.execute(sql: "UPDATE event SET at = (SELECT recorded_at FROM command WHERE id = event.command_id) WHERE id = \(id)") }
        try queue.close()
        #expect(world.run("doctor").status == 0)
        let after = world.run("show", "python")
        #expect(after.stderr.isEmpty && after.stdout.contains("[x] python.basics"), "\(after)")
    }

    /// Statuses, kinds and recalls have the schema's CHECK constraints; times and days are text, and are what an edit breaks.
    @Test func aCommandTimeAndAnEnrolmentTimeAreEachNamed() throws {
        let (world, _) = try edited("UPDATE command SET recorded_at = '2026-12-06T10:00:00' WHERE id = (SELECT command_id FROM event WHERE id = ?)")
        let id = try DatabaseQueue(path: world.defaultDatabase.path).write { db in
            try db.execute(sql: "UPDATE enrolment SET started_at = '2026-13-01T00:00:00.000Z'")
            return try Int64.fetchOne(db, sql: "SELECT id FROM command WHERE recorded_at = '2026-12-06T10:00:00'")!
        }
        let status = world.run("status")
        #expect(status.status == 0 && status.stderr.hasSuffix("'roadmap doctor' says how to repair it\n"), "\(status)")
        let doctor = world.run("doctor")
        #expect(doctor.stdout.contains("error: command row id = \(id), field recorded_at does not read: '2026-12-06T10:00:00' has no time zone: stored times are UTC and end in Z; fix: "), "\(doctor)")
        #expect(doctor.stdout.contains("error: enrolment row roadmap = 'python', field started_at does not read: '2026-13-01T00:00:00.000Z' month 13 is not 01–12; fix: sqlite3 "))
    }
}
