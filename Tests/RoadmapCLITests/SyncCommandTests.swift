import Foundation
import GRDB
import Testing
@testable import RoadmapCLI

/// Two machines, each its own database (`--db`) and so its own working copy (`<db>.sync`), syncing through a bare
/// repository in a temporary folder.
struct SyncWorld {
    static let git = ExternalTool.executable("git")
    static let skipReason: Comment = "git is not installed; apt-get install -y git (CI installs it)"

    /// Device "a" runs at the fixed clock, device "b" an hour later, so a received command keeps its own times.
    let a: InProcess
    let b: InProcess
    let remote: String

    init() throws {
        a = try InProcess()
        b = try InProcess(now: InProcess.fixedNow.addingTimeInterval(3600))
        remote = a.home.appendingPathComponent("remote.git").path
        try Self.git(["init", "-q", "--bare", remote])
    }

    func database(_ device: InProcess) -> String { device.home.appendingPathComponent("progress.sqlite").path }
    func folder(_ device: InProcess) -> String { database(device) + ".sync" }

    @discardableResult
    func run(_ device: InProcess, _ arguments: String...) -> RoadmapRun {
        device.run(arguments + ["--db", database(device)])
    }

    /// `roadmap sync`, expected to succeed; the first time with the remote.
    @discardableResult
    func sync(_ device: InProcess, first: Bool = false) -> RoadmapRun {
        let result = first ? run(device, "sync", remote) : run(device, "sync")
        // The first command on a device makes its database, and says so.
        let errors = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("roadmap: created a new progress database") }
        #expect(result.status == 0 && errors.isEmpty, "\(result)")
        return result
    }

    /// What a user reads back: the same on both devices after a sync.
    func views(_ device: InProcess, roadmaps: [String]) -> [String] {
        roadmaps.map { run(device, "show", $0, "--json").stdout } + [run(device, "status", "--json").stdout, run(device, "history", "--json").stdout]
    }

    @discardableResult
    static func git(_ arguments: [String]) throws -> RoadmapRun {
        let result = try ExternalTool.run(try #require(git), arguments, timeout: 60)
        #expect(result.status == 0, "git \(arguments): \(result)")
        return result
    }

    /// The remote's `main`, or "" before its first commit.
    func remoteHead() throws -> String {
        let result = try ExternalTool.run(try #require(Self.git), ["--git-dir", remote, "rev-parse", "-q", "--verify", "main"])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func skills(of roadmap: String) throws -> [String] {
        let detail = try #require(try run(a, "show", roadmap, "--json").json() as? [String: Any])
        return (detail["skills"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
}

@Suite(.enabled(if: SyncWorld.git != nil, SyncWorld.skipReason))
struct SyncCommandTests {
    @Test func twoDevicesSyncingInTurnsShowTheSameProgress() throws {
        let world = try SyncWorld()
        let (a, b) = (world.a, world.b)
        let python = try world.skills(of: "python")
        let roadmaps = ["python", "ml-engineer"]

        // Round 1: each marks its own skills and one in common; a starts a roadmap with a target.
        world.run(a, "start", "python", "--target", "mid")
        world.run(a, "done", python[0], python[1])
        world.run(b, "learning", python[2])
        world.run(b, "done", python[1], "--note", "from the laptop")
        world.sync(a, first: true)
        let first = world.sync(b, first: true)
        #expect(first.stdout.contains("from ") && first.stdout.contains("sent to \(world.remote)"), "\(first)")
        world.sync(a)
        #expect(world.views(a, roadmaps: roadmaps) == world.views(b, roadmaps: roadmaps))

        // Round 2: an undo on b reaches a; a adds a custom roadmap and starts it.
        world.run(b, "done", python[3])
        let undo = world.run(b, "undo")
        #expect(undo.status == 0, "\(undo)")
        let file = try a.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a") + CustomRoadmapTests.skill("team.b")), to: "team.yaml")
        #expect(world.run(a, "add", file.path).status == 0)
        world.run(a, "start", "team", "--target", "mid")
        world.run(a, "done", "team.a")
        world.sync(b)
        world.sync(a)
        world.sync(b)
        #expect(world.views(a, roadmaps: roadmaps + ["team"]) == world.views(b, roadmaps: roadmaps + ["team"]))
        let status = try #require(try world.run(a, "status", "python", "--json").json() as? [[String: Any]])
        #expect(status.first?["done"] as? Int == 2, "python[3]'s mark was undone on b: \(status)")
        let copy = try String(contentsOfFile: world.folder(b) + "/roadmaps/team.yaml", encoding: .utf8)
        #expect(copy.contains("id: team"))

        // Round 3: both undo their last command, then sync in the other order.
        world.run(a, "undo")
        world.run(b, "skip", python[4])
        world.sync(a)
        world.sync(b)
        world.sync(a)
        #expect(world.views(a, roadmaps: roadmaps + ["team"]) == world.views(b, roadmaps: roadmaps + ["team"]))
    }

    @Test func undoOnAMachineWithNothingOfItsOwnSaysWhy() throws {
        let world = try SyncWorld()
        world.run(world.a, "done", "numpy")
        world.sync(world.a, first: true)
        world.sync(world.b, first: true)
        let undo = world.run(world.b, "undo")
        #expect(undo.status == 0 && undo.stdout.hasPrefix("nothing recorded on this machine to undo;"), "\(undo)")
        #expect(world.run(world.b, "status", "python", "--json").stdout.contains("\"done\" : 1"), "the mark stays")
    }

    @Test func syncingTwiceMakesNoNewCommit() throws {
        let world = try SyncWorld()
        world.run(world.a, "done", "numpy")
        world.sync(world.a, first: true)
        let head = try world.remoteHead()
        #expect(!head.isEmpty)
        let again = world.sync(world.a)
        #expect(again.stdout == "already in sync with \(world.remote)\n", "\(again)")
        #expect(try world.remoteHead() == head)
        let json = try #require(try world.run(world.a, "sync", "--json").json() as? [String: Any])
        #expect(json["inSync"] as? Bool == true && json["sent"] as? Int == 0 && json["pushed"] as? Bool == false, "\(json)")
        #expect(try world.remoteHead() == head)
    }

    /// Found by the sync model test: a first sync that stopped after writing its README and roadmap copies, before
    /// committing them, left files that git refused to overwrite with the remote's, so every later sync failed.
    @Test func aSyncThatStoppedHalfWayDoesNotStopTheNext() throws {
        let world = try SyncWorld()
        world.run(world.a, "done", "numpy")
        world.sync(world.a, first: true)
        world.run(world.b, "learning", "pandas")
        // b's first sync stopped after `git init` and writing its copies, one staged and one not.
        let folder = world.folder(world.b)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try SyncWorld.git(["-C", folder, "init", "-q", "-b", "main"])
        try "half written\n".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        try SyncWorld.git(["-C", folder, "add", "README.md"])
        try "half written\n".write(toFile: folder + "/.roadmap-sync", atomically: true, encoding: .utf8)
        world.sync(world.b, first: true)
        world.sync(world.a)
        #expect(world.views(world.a, roadmaps: []) == world.views(world.b, roadmaps: []))
        #expect(world.run(world.a, "history").stdout.contains("python.pandas"), "b's mark reached a")
    }

    @Test func theRemoteIsRecordedAndTheFolderIsPrivate() throws {
        let world = try SyncWorld()
        let none = world.run(world.a, "sync")
        #expect(none.status == 1 && none.stderr.contains("'roadmap sync REMOTE'"), "\(none)")
        world.sync(world.a, first: true)
        world.sync(world.a)
        let mode = try FileManager.default.attributesOfItem(atPath: world.folder(world.a))[.posixPermissions] as? Int
        #expect(mode == 0o700)
        for file in [".roadmap-sync", "README.md"] {
            #expect(FileManager.default.fileExists(atPath: world.folder(world.a) + "/" + file), "\(file)")
        }
        // The default database syncs from $XDG_DATA_HOME/roadmap/sync.
        let home = world.b
        #expect(home.run("sync", world.remote).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.home.appendingPathComponent(".local/share/roadmap/sync/.roadmap-sync").path))
        // status and doctor tell the sync; status --json stays the standings alone.
        world.run(world.a, "done", "numpy")
        let status = world.run(world.a, "status")
        #expect(status.stdout.contains("synced just now with \(world.remote); 1 command waiting to be sent (roadmap sync)"), "\(status)")
        let doctor = try #require(try world.run(world.a, "doctor", "--json").json() as? [String: Any])
        let sync = try #require(doctor["sync"] as? [String: Any])
        #expect(sync["remote"] as? String == world.remote && sync["waiting"] as? Int == 1, "\(doctor)")
        #expect(world.run(world.b, "status").stdout.contains("sync") == false)
    }

    @Test func anOfflineDeviceCatchesUpOnAThousandCommands() throws {
        let world = try SyncWorld()
        world.sync(world.a, first: true)
        world.sync(world.b, first: true)
        // b, offline, records a thousand commands (an import brings each as a line of its own), a a few.
        let backup = try world.b.write(String(decoding: syntheticBackup(events: 1000, commandsOf: 1, prefix: "offline"), as: UTF8.self), to: "load.json")
        #expect(world.run(world.b, "import", backup.path).status == 0)
        world.run(world.a, "done", "numpy")
        let sent = world.sync(world.b)
        #expect(sent.stdout.contains("1,001 commands sent") || sent.stdout.contains("1001 commands sent"), "\(sent)")
        world.sync(world.a)
        world.sync(world.b)
        let history = { (device: InProcess) in world.run(device, "history", "--json", "--limit", "5000").stdout }
        #expect(history(world.a) == history(world.b))
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(history(world.a).utf8)) as? [Any])
        // The thousand events, a's mark, and the import command itself (history lists a command without events).
        #expect(entries.count == 1002, "\(entries.count) entries; the first: \(entries.prefix(2))")
    }

    @Test func anUnreachableRemoteChangesNothing() throws {
        let world = try SyncWorld()
        world.run(world.a, "done", "numpy")
        let before = world.run(world.a, "export", "--format", "json").stdout
        let missing = world.a.home.appendingPathComponent("no/such/remote.git").path
        let run = world.run(world.a, "sync", missing)
        #expect(run.status == 1 && run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(missing), "\(run)")
        #expect(world.run(world.a, "export", "--format", "json").stdout == before)
        // Nothing recorded: the remote never answered.
        #expect(world.run(world.a, "sync").stderr.contains("roadmap sync REMOTE"))

        // Once synced, a remote gone offline keeps the local commit for next time.
        world.sync(world.a, first: true)
        let head = try world.remoteHead()
        try FileManager.default.moveItem(atPath: world.remote, toPath: world.remote + ".away")
        world.run(world.a, "done", "pandas")
        let offline = world.run(world.a, "sync")
        #expect(offline.status == 1 && offline.stderr.contains("cannot reach"), "\(offline)")
        try FileManager.default.moveItem(atPath: world.remote + ".away", toPath: world.remote)
        let back = world.sync(world.a)
        #expect(back.stdout.contains("1 command sent"), "\(back)")
        #expect(try world.remoteHead() != head)
    }

    @Test func anEditedDeviceFileIsRefusedWithItsFileAndLine() throws {
        let world = try SyncWorld()
        world.sync(world.a, first: true)
        world.run(world.b, "done", "numpy")
        world.sync(world.b, first: true)
        world.run(world.a, "done", "pandas")
        world.sync(world.a)
        // Someone edits b's own file by hand.
        let devices = world.folder(world.b) + "/devices"
        let own = try #require(try FileManager.default.contentsOfDirectory(atPath: devices).first { name in
            (try? String(contentsOfFile: devices + "/" + name, encoding: .utf8))?.contains("numpy") == true
        })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: devices + "/" + own))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"command\": 42}\n".utf8))
        try handle.close()
        let historyBefore = world.run(world.b, "history", "--json").stdout
        let refused = world.run(world.b, "sync")
        #expect(refused.status == 1 && refused.stderr.contains("devices/\(own) line 2:") && refused.stderr.contains("checkout -- devices/\(own)"), "\(refused)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(world.run(world.b, "history", "--json").stdout == historyBefore)
        // The fix the message gives works.
        try SyncWorld.git(["-C", world.folder(world.b), "checkout", "--", "devices/\(own)"])
        world.sync(world.b)
        #expect(world.run(world.b, "history", "--json").stdout.contains("pandas"))

        // In sync, the next sync reads no file it already holds; one dropped in by hand is still read, and refused.
        #expect(world.run(world.b, "sync").stdout.hasPrefix("already in sync"))
        let dropped = "devices/00000000-0000-4000-8000-000000000000.jsonl"
        try "not json\n".write(toFile: world.folder(world.b) + "/" + dropped, atomically: true, encoding: .utf8)
        let droppedRun = world.run(world.b, "sync")
        #expect(droppedRun.status == 1 && droppedRun.stderr.contains("\(dropped) line 1:"), "\(droppedRun)")
    }

    @Test func aRepositoryThatIsNotASyncRepositoryIsRefused() throws {
        let world = try SyncWorld()
        let other = world.a.home.appendingPathComponent("other").path
        try SyncWorld.git(["init", "-q", "-b", "main", other])
        try "# something else\n".write(toFile: other + "/README.md", atomically: true, encoding: .utf8)
        try SyncWorld.git(["-C", other, "add", "README.md"])
        try SyncWorld.git(["-C", other, "-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-q", "-m", "unrelated"])
        try SyncWorld.git(["-C", other, "push", "-q", world.remote, "main"])
        let head = try world.remoteHead()
        world.run(world.a, "done", "numpy")
        let refused = world.run(world.a, "sync", world.remote)
        #expect(refused.status == 1 && refused.stderr == "roadmap: '\(world.remote)' is not a roadmap sync repository; give an empty repository or one made by roadmap sync\n", "\(refused)")
        #expect(try world.remoteHead() == head)
    }

    @Test func withoutGitItSaysHowToInstallIt() throws {
        let world = try SyncWorld()
        let run = world.a.run(["sync", world.remote, "--db", world.database(world.a)], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1 && run.stderr == "roadmap: git is not installed; install it (sudo apt-get install git) to sync\n", "\(run)")
    }
}

/// The real binary: exit codes and stderr, and two syncs at once on one device.
@Suite(.enabled(if: SyncWorld.git != nil, SyncWorld.skipReason))
struct SyncProcessTests {
    @Test func twoSyncsAtOnceLeaveOneConsistentResult() throws {
        let sandbox = try Sandbox()
        let remote = sandbox.home.appendingPathComponent("remote.git").path
        try SyncWorld.git(["init", "-q", "--bare", remote])
        try sandbox.run("done", "numpy", "pandas")
        try sandbox.run("note", "numpy", "arrays at last")
        let statuses = Mutex<[Int32]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let run = try? sandbox.run("sync", remote)
            statuses.withLock { $0.append(run?.status ?? -1) }
        }
        #expect(statuses.withLock { $0 } == [0, 0])
        let folder = sandbox.defaultDatabase.deletingLastPathComponent().appendingPathComponent("sync").path
        let devices = try FileManager.default.contentsOfDirectory(atPath: folder + "/devices")
        #expect(devices.count == 1)
        let lines = try String(contentsOfFile: folder + "/devices/" + devices[0], encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2, "each command once: \(lines)")
        let again = try sandbox.run("sync")
        #expect(again.status == 0 && again.stdout.hasPrefix("already in sync"), "\(again)")
        let status = try SyncWorld.git(["-C", folder, "status", "--porcelain"])
        #expect(status.stdout.isEmpty, "\(status)")
    }

    @Test func anUnreachableRemoteIsOneLineAndAFailure() throws {
        let sandbox = try Sandbox()
        try sandbox.run("done", "numpy")
        let run = try sandbox.run("sync", "https://127.0.0.1:9/nobody/roadmap.git")
        #expect(run.failedWithOneLine && run.stderr.contains("cannot reach 'https://127.0.0.1:9/nobody/roadmap.git'"), "\(run)")
    }
}
