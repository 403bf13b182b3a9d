import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore
import Testing

/// Three to five devices record random commands and sync through one in-memory remote, with push races and
/// failures between any two steps of a sync. After every device has synced twice with nothing failing, they all show
/// the same, and every command recorded on any device is on every device: nothing recorded is lost.
@Suite struct SyncModelTests {
    /// A seeded generator, so a failure names a run that can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    final class Device {
        let store: ProgressStore
        let copy: FakeWorkingCopy
        let name: String
        var clock: Date

        init(name: String, server: FakeServer, clock: Date) throws {
            self.name = name
            store = try ProgressStore.inMemory()
            copy = FakeWorkingCopy(server: server)
            self.clock = clock
        }

        func command(_ name: String, _ arguments: String...) -> CommandInfo {
            clock.addTimeInterval(61)
            return CommandInfo(name: name, arguments: [name] + arguments, at: clock)
        }

        @discardableResult
        func sync() throws -> SyncOutcome {
            try Synchronization(store: store, copy: copy, remote: "fake", folder: "fake", host: name, now: { self.clock }).run()
        }
    }

    /// What a user sees, and every command the database holds.
    struct Seen: Equatable {
        var progress: [String: SkillProgress]
        var enrolments: [Enrolment]
        var roadmaps: [String]
        var history: [String]
        var commands: Set<String>

        init(_ store: ProgressStore) throws {
            progress = try store.progress()
            enrolments = try store.enrolments()
            roadmaps = try store.customRoadmaps().map { "\($0.id) v\($0.version)" }
            history = try store.history().map { "\($0.recordedAt) \($0.skill) \($0.kind.rawValue) \($0.to?.rawValue ?? "-") \($0.note ?? "-") \($0.commandUndone)" }
            commands = Set(try store.backup(exportedAt: Date(timeIntervalSince1970: 0)).commands.map(\.uuid))
        }
    }

    static let skills = ["python.basics", "python.numpy", "python.pandas", "math.derivatives", "ml.linear-regression", "team.a"]

    /// A custom roadmap as `add` keeps it: parsed from its YAML, so a sync's check loads it again.
    static func roadmap(version: Int) throws -> (RoadmapDocument, String) {
        let source = """
            id: team
            title: Team v\(version)
            version: \(version)
            stages:
              - id: entry
                title: Entry
            areas:
              - id: team-core
                title: Core
            skills:
              - id: team.a
                title: Team skill
                area: team-core
                stage: entry

            """
        return (try #require(RoadmapParser.parse(source, file: "team.yaml").document), source)
    }

    /// One random command on `device`; a command the store refuses (nothing to undo) is no failure of sync.
    static func record(on device: Device, using random: inout SplitMix) {
        let skill = skills.randomElement(using: &random)!
        do {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3:
                let status = [SkillStatus.done, .learning, .todo, .skipped].randomElement(using: &random)!
                try device.store.markStatus(status, skills: [skill], note: nil, command: device.command(status.rawValue, skill))
            case 4: try device.store.addNote(skill: skill, text: "note \(Int.random(in: 0..<1000, using: &random))", command: device.command("note", skill))
            case 5: _ = try device.store.undoLast(command: device.command("undo"))
            case 6:
                let stage = ["entry", "mid", nil].randomElement(using: &random)!
                try device.store.enrol(roadmap: "python", targetStage: stage, targetDate: nil, command: device.command("start", "python"))
            case 7:
                let (document, source) = try roadmap(version: Int.random(in: 1...20, using: &random))
                try device.store.saveCustomRoadmap(document, source: source, fileName: "team.yaml", command: device.command("add", "team.yaml"))
            case 8: _ = try device.store.removeCustomRoadmap(id: "team", command: device.command("remove", "team"))
            default:
                try device.store.markStatus(.done, skills: [skill], note: nil, command: device.command("done", skill))
                try device.store.recordReviews(skills: [skill], recall: .good, timeZone: .gmt, command: device.command("reviewed", skill))
            }
        } catch is StoreError {
        } catch is RoadmapError {
        } catch {
            Issue.record("recording on \(device.name): \(error)")
        }
    }

    /// What the store keeps (each skill's standing mark) equals what its log says, after every step.
    static func checkKeptState(of device: Device, run: Int) throws {
        let drift = try device.store.derivedStateDrift()
        #expect(drift.isEmpty, "run \(run): \(device.name) keeps other state than its log says: \(drift)")
    }

    @Test func devicesConvergeAndLoseNothing() throws {
        var rounds = 0, failedSyncs = 0, races = 0
        for run in 0..<40 {
            var random = SplitMix(state: UInt64(run) &* 7919 &+ 17)
            let server = FakeServer()
            let start = Date(timeIntervalSince1970: 1_780_000_000)
            let devices = try (0..<Int.random(in: 3...5, using: &random)).map { index in
                // Clocks up to a day apart, some behind the others.
                try Device(name: "device\(index)", server: server, clock: start.addingTimeInterval(Double(Int.random(in: -86_400...86_400, using: &random))))
            }
            for _ in 0..<50 {
                rounds += 1
                let device = devices.randomElement(using: &random)!
                guard Bool.random(using: &random) else {
                    Self.record(on: device, using: &random)
                    try Self.checkKeptState(of: device, run: run)
                    continue
                }
                // A sync where any call may fail (about one sync in three stops somewhere), racing another device's sync.
                var failures = SplitMix(state: random.next())
                device.copy.fails = { _ in Int.random(in: 0..<40, using: &failures) == 0 }
                if Int.random(in: 0..<4, using: &random) == 0, let other = devices.filter({ $0 !== device }).randomElement(using: &random) {
                    device.copy.beforePush = {
                        device.copy.beforePush = nil
                        races += 1
                        _ = try? other.sync()
                    }
                }
                do { try device.sync() } catch is InjectedFailure { failedSyncs += 1 } catch SyncError.pushRejected {
                } catch {
                    Issue.record("run \(run): \(device.name): \(error)")
                }
                device.copy.fails = { _ in false }
                device.copy.beforePush = nil
                try Self.checkKeptState(of: device, run: run)
            }
            // Every device syncs twice with nothing failing: the first round takes everything to the remote, the second
            // brings it to every device.
            for _ in 0..<2 {
                for device in devices {
                    do { try device.sync() } catch { Issue.record("run \(run): healing sync of \(device.name): \(error)") }
                }
            }
            let seen = try devices.map { try Seen($0.store) }
            let every = seen.reduce(into: Set<String>()) { $0.formUnion($1.commands) }
            for (device, view) in zip(devices, seen) {
                #expect(view.commands == every, "run \(run): \(device.name) lacks \(every.subtracting(view.commands).count) commands")
                #expect(view == seen[0], "run \(run): \(device.name) shows something else than \(devices[0].name)")
                #expect(try device.store.syncState().waiting == 0, "run \(run): \(device.name) has commands waiting")
            }
        }
        #expect(rounds >= 2000)
        #expect(failedSyncs > 100 && races > 50, "the failures and races happened: \(failedSyncs) failed syncs, \(races) races")
    }
}
