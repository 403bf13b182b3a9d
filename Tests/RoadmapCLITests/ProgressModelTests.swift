import Foundation
import PropertyBased
import Synchronization
import RoadmapCore
import RoadmapStore
import Testing

/// The promise that progress never lies, checked against a reference model: random sequences of real commands
/// (run in-process) and after every step `show`, `status`, `report` and `review` agree with the model; after every
/// undo, what `show` and `status` print is byte for byte what they printed before the undone command, and the
/// review schedule is the model's as it was.
/// A failure prints the seed and the shortest sequence of steps that still fails.
/// `ROADMAP_MODEL_STEPS=N` makes each sequence N steps long, `ROADMAP_MODEL_SEQUENCES=N` runs N of them;
/// `ROADMAP_MODEL_SHRINK=0` reports a failure as found, without looking for a shorter one (CI's way); either way the
/// first failing sequence's numbers go to stderr at once, and `ROADMAP_MODEL_CODES` replays them.
@Suite struct ProgressModelTests {
    static let steps = ProcessInfo.processInfo.environment["ROADMAP_MODEL_STEPS"].flatMap(Int.init) ?? 50
    static let sequences = ProcessInfo.processInfo.environment["ROADMAP_MODEL_SEQUENCES"].flatMap(Int.init) ?? 24
    /// The sequences are shared between test cases that run in parallel, one per core.
    static let partitions = 2

    @Test(.shrinking(ProcessInfo.processInfo.environment["ROADMAP_MODEL_SHRINK"] != "0"), arguments: 0..<partitions)
    func commandsAgreeWithTheModel(partition: Int) async throws {
        if let replayed = Self.replayed {
            if partition == 0 { try Self.check(replayed) }
            return
        }
        let count = Self.sequences / Self.partitions + (partition < Self.sequences % Self.partitions ? 1 : 0)
        await propertyCheck(count: count, input: Gen.int(in: 0...Int(Int32.max)).array(of: Self.steps...Self.steps)) { codes in
            try Self.check(codes)
        }
    }

    /// `ROADMAP_MODEL_CODES=N,N,…`: that one sequence, as a failure printed it, instead of random ones.
    static let replayed = ProcessInfo.processInfo.environment["ROADMAP_MODEL_CODES"].map {
        $0.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    /// Runs the sequence the numbers stand for, recording the first step where the commands and the model disagree.
    static func check(_ codes: [Int]) throws {
        let steps = codes.map(ModelStep.init(code:))
        let world = try ModelWorld()
        for (index, step) in steps.enumerated() {
            if let problem = try world.perform(step) {
                tellFirstFailure(codes: codes, step: index + 1)
                Issue.record("step \(index + 1) of \(steps.count): \(problem)\nsteps:\n\(steps.prefix(index + 1).map { "  \($0)" }.joined(separator: "\n"))")
                return
            }
        }
    }

    private static let failureTold = Mutex(false)

    /// The first failing sequence on stderr as found, for its numbers to be replayed: shrinking re-runs whole worlds
    /// and says nothing until it ends, which on a slow machine can outlast CI (a dry run's passed 25 minutes).
    static func tellFirstFailure(codes: [Int], step: Int) {
        guard failureTold.withLock({ told in defer { told = true }; return !told }) else { return }
        let line = "ProgressModelTests: a sequence failed at step \(step) (shrinking follows unless ROADMAP_MODEL_SHRINK=0); replay with ROADMAP_MODEL_CODES=\"\(codes.map(String.init).joined(separator: ","))\"\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// One command the model test runs, decoded from a number so the library can shrink a sequence of numbers.
enum ModelStep: CustomStringConvertible {
    case start(roadmap: String, target: String?, by: String?)
    case mark(command: String, skill: Int, alias: Bool, on: String?, note: String?)
    case note(skill: Int, text: String)
    case evidence(skill: Int, url: String)
    case withdraw(what: String, skill: Int, number: Int)
    case undo(times: Int, dryRun: Bool)
    case addCustomRoadmap
    case exportImport
    case review(skill: Int, alias: Bool, recall: String, on: String?)

    static let days = ["2026-03-01", "2026-05-17", "2026-11-01", "2026-11-22"]
    static let stages = ["entry", "mid", "senior", "leadership"]
    static let targetDays = ["2027-06-30", "2028-01-31"]

    init(code: Int) {
        var rest = code
        func pick(_ count: Int) -> Int {
            defer { rest /= count }
            return rest % count
        }
        switch pick(23) {
        case 0, 1:
            let roadmap = pick(2) == 0 ? "python" : "t"
            let target = pick(5)
            let by = pick(3)
            self = .start(roadmap: roadmap, target: target < 4 ? Self.stages[target] : nil, by: by < 2 ? Self.targetDays[by] : nil)
        case 2, 3, 4, 5:
            let day = pick(6), note = pick(4)
            self = .mark(command: "done", skill: pick(ModelWorld.skillCount), alias: pick(2) == 0,
                         on: day < 4 ? Self.days[day] : nil, note: note == 0 ? "with a note" : nil)
        case 6, 7:
            self = .mark(command: "learning", skill: pick(ModelWorld.skillCount), alias: pick(2) == 0, on: nil, note: nil)
        case 8:
            self = .mark(command: "skip", skill: pick(ModelWorld.skillCount), alias: pick(2) == 0, on: nil, note: nil)
        case 9:
            self = .mark(command: "reset", skill: pick(ModelWorld.skillCount), alias: pick(2) == 0, on: nil, note: nil)
        case 10:
            self = .note(skill: pick(ModelWorld.skillCount), text: "note \(pick(100))")
        case 11:
            self = .evidence(skill: pick(ModelWorld.skillCount), url: "https://example.com/\(pick(100))")
        case 12:
            self = .withdraw(what: pick(2) == 0 ? "note" : "evidence", skill: pick(ModelWorld.skillCount), number: pick(3) + 1)
        case 13, 14, 15, 16:
            self = .undo(times: pick(3) + 1, dryRun: pick(4) == 0)
        case 17, 18:
            self = .addCustomRoadmap
        case 20, 21, 22:
            let recall = ["good", "good", "easy", "hard", "forgot", "meh"][pick(6)]
            let day = pick(6)
            self = .review(skill: pick(ModelWorld.skillCount), alias: pick(2) == 0, recall: recall,
                           on: day < 4 ? Self.days[day] : day == 4 ? "2026-12-01" : nil)
        default:
            self = .exportImport
        }
    }

    var description: String {
        switch self {
        case let .start(roadmap, target, by):
            "start \(roadmap)" + (target.map { " --target \($0)" } ?? "") + (by.map { " --by \($0)" } ?? "")
        case let .mark(command, skill, alias, on, note):
            "\(command) skill#\(skill)\(alias ? " (by former id)" : "")" + (on.map { " --on \($0)" } ?? "") + (note.map { " --note '\($0)'" } ?? "")
        case let .note(skill, text): "note skill#\(skill) '\(text)'"
        case let .evidence(skill, url): "evidence skill#\(skill) \(url)"
        case let .withdraw(what, skill, number): "\(what) skill#\(skill) --withdraw \(number)"
        case let .undo(times, dryRun): dryRun ? "undo --dry-run" : "undo ×\(times)"
        case .addCustomRoadmap: "add the next version of roadmap t"
        case .exportImport: "export --format json, import into a fresh database"
        case let .review(skill, alias, recall, on):
            "reviewed skill#\(skill)\(alias ? " (by former id)" : "") --recall \(recall)" + (on.map { " --on \($0)" } ?? "")
        }
    }
}

/// The reference model, and the real database it is checked against.
final class ModelWorld {
    /// A skill as the model sees it: one identity, whatever it is called today.
    struct SkillState: Equatable {
        var status = "todo"
        var since: String?
        var notes: [String] = []
        var evidence: [String] = []
        /// Reviews since the skill last became done: day and recall.
        var reviews: [String] = []
    }

    struct State: Equatable {
        var skills: [String: SkillState] = [:]
        var enrolments: [String: (target: String?, by: String?)] = [:]
        /// The version of custom roadmap t (0: not added).
        var version = 0
        /// `DAY IDENTITY` of every review in force: the day the back-dated backlog is spread from, and the places each
        /// day's reviews take.
        var reviewDays: [String] = []

        static func == (a: State, b: State) -> Bool {
            a.skills == b.skills && a.version == b.version && a.reviewDays == b.reviewDays && a.enrolments.keys == b.enrolments.keys
                && a.enrolments.allSatisfy { b.enrolments[$0.key].map { $0.target == $0.target && $0.by == $0.by } ?? false }
        }
    }

    /// Identities: python skills, and t's skills; t.a is renamed t.alpha (alias t.a) from version 2 on.
    static let identities = ["python.basics", "python.numpy", "python.pandas", "t.a", "t.b", "t.c"]
    static var skillCount: Int { identities.count }

    var world: InProcess
    let databases: URL
    var database: URL
    var state = State()
    /// What show and status printed before each command that undo can still revert, newest last.
    var undoStack: [(state: State, output: String)] = []
    var clock = 0

    init() throws {
        world = try InProcess()
        // In memory where the system has it: thousands of commits need not wait for the disk.
        let folder = FileManager.default.fileExists(atPath: "/dev/shm")
            ? URL(fileURLWithPath: "/dev/shm/roadmap-model-\(UUID().uuidString)") : world.home.appendingPathComponent("databases")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        databases = folder
        database = folder.appendingPathComponent("progress.sqlite")
        for version in 1...3 {
            _ = try world.write(Self.roadmap(version: version), to: "t\(version).yaml")
        }
    }

    deinit { try? FileManager.default.removeItem(at: databases) }

    /// The id a skill has in the roadmap version the model is at.
    func currentID(_ identity: String) -> String {
        identity == "t.a" && state.version >= 2 ? "t.alpha" : identity
    }

    func exists(_ identity: String) -> Bool { !identity.hasPrefix("t.") || state.version >= 1 }

    @discardableResult
    func run(_ arguments: [String]) -> RoadmapRun {
        clock += 1
        world.now = InProcess.fixedNow.addingTimeInterval(Double(clock * 60))
        return world.run(arguments, environment: ["ROADMAP_DB": database.path])
    }

    var nowText: String { ISO8601DateFormatter().string(from: world.now) }
    var today: String { String(nowText.prefix(10)) }

    /// What the read commands printed after the last step.
    lazy var current = observe()

    /// Runs one step on the real database and on the model; returns what disagreed, if anything.
    func perform(_ step: ModelStep) throws -> String? {
        let before = (state: state, output: current.bytes)
        var expectFailure = false
        var recorded = false
        let result: RoadmapRun
        switch step {
        case let .start(roadmap, target, by):
            result = run(["start", roadmap] + (target.map { ["--target", $0] } ?? []) + (by.map { ["--by", $0] } ?? []))
            let known = roadmap == "python" || state.version >= 1
            if !known || (roadmap == "t" && target.map { !["entry", "mid"].contains($0) } == true) {
                expectFailure = true
            } else {
                let old = state.enrolments[roadmap]
                let new = (target: target ?? old?.target, by: by ?? old?.by)
                if old == nil || old!.target != new.target || old!.by != new.by {
                    state.enrolments[roadmap] = new
                    recorded = true
                }
            }
        case let .mark(command, skill, alias, on, note):
            let identity = Self.identities[skill]
            let name = alias && identity == "t.a" ? "t.a" : currentID(identity)
            result = run([command, name] + (on.map { ["--on", $0] } ?? []) + (note.map { ["--note", $0] } ?? []))
            if !exists(identity) {
                expectFailure = true
            } else {
                let status = ["done": "done", "learning": "learning", "skip": "skipped", "reset": "todo"][command]!
                var skillState = state.skills[identity] ?? SkillState()
                if skillState.status != status {
                    // Done again: the reviews start over.
                    if status == "done" { skillState.reviews = [] }
                    skillState.status = status
                    skillState.since = on ?? nowText
                    recorded = true
                } else if let on, let since = skillState.since, since.prefix(10) != on {
                    skillState.since = on
                    recorded = true
                }
                if let note {
                    skillState.notes.append(note)
                    recorded = true
                }
                state.skills[identity] = skillState
            }
        case let .note(skill, text):
            let identity = Self.identities[skill]
            result = run(["note", currentID(identity), text])
            if exists(identity) {
                state.skills[identity, default: SkillState()].notes.append(text)
                recorded = true
            } else {
                expectFailure = true
            }
        case let .evidence(skill, url):
            let identity = Self.identities[skill]
            result = run(["evidence", currentID(identity), url])
            if exists(identity) {
                state.skills[identity, default: SkillState()].evidence.append(url)
                recorded = true
            } else {
                expectFailure = true
            }
        case let .withdraw(what, skill, number):
            let identity = Self.identities[skill]
            result = run([what, currentID(identity), "--withdraw", String(number)])
            var skillState = state.skills[identity] ?? SkillState()
            let count = what == "note" ? skillState.notes.count : skillState.evidence.count
            if !exists(identity) || number > count {
                expectFailure = true
            } else {
                if what == "note" { skillState.notes.remove(at: number - 1) } else { skillState.evidence.remove(at: number - 1) }
                state.skills[identity] = skillState
                recorded = true
            }
        case let .undo(times, dryRun):
            if dryRun {
                let preview = run(["undo", "--dry-run"])
                guard preview.status == 0 else { return "undo --dry-run failed: \(preview)" }
                current = observe()
                return current.bytes == before.output ? nil : "undo --dry-run changed what show and status print"
            }
            for _ in 0..<times {
                let undo = run(["undo"])
                guard undo.status == 0 else { return "undo failed: \(undo)" }
                guard let previous = undoStack.popLast() else {
                    if !undo.stdout.contains("nothing to undo") { return "undo with nothing left said: \(undo)" }
                    continue
                }
                state = previous.state
                current = observe()
                if current.bytes != previous.output {
                    return "after undo, show and status differ from before the undone command:\n\(difference(previous.output, current.bytes))"
                }
            }
            return check()
        case .addCustomRoadmap:
            let next = min(state.version + 1, 3)
            result = run(["add", world.home.appendingPathComponent("t\(next).yaml").path])
            // The same file again is nothing new.
            if next != state.version {
                state.version = next
                recorded = true
            }
        case let .review(skill, alias, recall, on):
            let identity = Self.identities[skill]
            let name = alias && identity == "t.a" ? "t.a" : currentID(identity)
            result = run(["reviewed", name, "--recall", recall] + (on.map { ["--on", $0] } ?? []))
            var skillState = state.skills[identity] ?? SkillState()
            let day = on ?? today
            if !exists(identity) || skillState.status != "done" || recall == "meh" || day > today
                || day < String(skillState.since?.prefix(10) ?? "") {
                expectFailure = true
            } else {
                skillState.reviews.append("\(day) \(recall)")
                state.reviewDays.append("\(day) \(identity)")
                if recall == "forgot" {
                    skillState.status = "learning"
                    skillState.since = on ?? nowText
                }
                state.skills[identity] = skillState
                recorded = true
            }
        case .exportImport:
            let backup = world.home.appendingPathComponent("backup-\(clock).json")
            let export = run(["export", "--format", "json", "--output", backup.path])
            guard export.status == 0 else { return "export failed: \(export)" }
            database = databases.appendingPathComponent("progress-\(clock).sqlite")
            result = run(["import", backup.path])
            // In the fresh database, the import is the one command undo can revert: back to nothing at all.
            if result.status == 0 {
                undoStack = result.stdout.contains("nothing recorded") ? [] : [(State(), emptyOutput())]
            }
            return result.status == 0 ? check() : "import failed: \(result)"
        }
        if expectFailure {
            guard result.status != 0, result.stderr.split(separator: "\n").count == 1 else { return "expected one error line: \(result)" }
            state = before.state
            current = observe()
            return current.bytes == before.output ? nil : "a failed command changed what show and status print"
        }
        guard result.status == 0 else { return "command failed: \(result)" }
        if recorded {
            undoStack.append(before)
        } else if !result.stdout.contains("nothing recorded") && !result.stdout.contains("already following") {
            return "a command that changed nothing did not say so: \(result)"
        }
        return check()
    }

    /// What the read commands print now.
    struct Observation {
        var show: [String: RoadmapRun] = [:]
        var report: [String: RoadmapRun] = [:]
        var status = RoadmapRun(status: 0, stdout: "", stderr: "")
        var review = RoadmapRun(status: 0, stdout: "", stderr: "")

        /// What show and status print on stdout, compared byte for byte after an undo; stderr may carry a
        /// one-time notice that a roadmap changed.
        var bytes: String {
            [show["python"]!, show["t"]!, status].map { "exit \($0.status)\n\($0.stdout)" }.joined(separator: "\n")
        }
    }

    func observe() -> Observation {
        var observation = Observation()
        for roadmap in ["python", "t"] {
            observation.show[roadmap] = run(["show", roadmap, "--json"])
            observation.report[roadmap] = run(["report", roadmap, "--json"])
        }
        observation.status = run(["status", "--json"])
        observation.review = run(["review", "--json"])
        return observation
    }

    /// What an empty database shows.
    func emptyOutput() -> String {
        let saved = database
        database = databases.appendingPathComponent("empty-\(clock).sqlite")
        defer { database = saved }
        return observe().bytes
    }

    /// Compares show, status and report with the model, and the state the store keeps with the log.
    func check() -> String? {
        current = observe()
        do {
            if let drift = try ProgressStore.openExisting(path: database.path)?.derivedStateDrift(), !drift.isEmpty {
                return "the store keeps other state than its log says: \(drift.joined(separator: "; "))"
            }
        } catch {
            return "the kept state could not be checked: \(error)"
        }
        for roadmap in ["python", "t"] where roadmap == "python" || state.version >= 1 {
            let show = current.show[roadmap]!
            guard let detail = try? show.json() as? [String: Any], let skills = detail["skills"] as? [[String: Any]] else {
                return "show \(roadmap) --json failed: \(show)"
            }
            for identity in Self.identities where identity.hasPrefix(roadmap == "python" ? "python." : "t.") {
                let id = currentID(identity)
                guard let entry = skills.first(where: { $0["id"] as? String == id }) else { return "show \(roadmap) lacks \(id)" }
                let expected = state.skills[identity] ?? SkillState()
                // Reviews are checked through `review`, below.
                let actual = SkillState(
                    status: entry["status"] as? String ?? "?",
                    since: entry["since"] as? String,
                    notes: (entry["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String },
                    evidence: (entry["evidence"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String },
                    reviews: expected.reviews)
                if actual != expected { return "\(id): show says \(actual), the model \(expected)" }
            }
            let report = current.report[roadmap]!
            guard let progress = (try? report.json() as? [String: Any])?["progress"] as? [String: Any] else {
                return "report \(roadmap) --json failed: \(report)"
            }
            let statuses = Self.identities.filter { $0.hasPrefix(roadmap == "python" ? "python." : "t.") }.map { state.skills[$0]?.status ?? "todo" }
            for status in ["done", "learning"] where progress[status] as? Int != statuses.filter({ $0 == status }).count {
                return "report \(roadmap) counts \(progress[status] ?? "nil") \(status), the model \(statuses.filter { $0 == status }.count)"
            }
        }
        let review = current.review
        guard let due = try? review.json() as? [[String: Any]] else { return "review --json failed: \(review)" }
        let actual = due.map { "\($0["skill"] ?? "") due \($0["due"] ?? "") last \($0["lastReviewed"] ?? "") every \($0["interval"] ?? "")" }
        let expected = dueList().map { "\($0.skill) due \($0.due) last \($0.last ?? "<null>") every \($0.interval)" }
        if actual != expected { return "review lists \(actual), the model \(expected)" }
        let status = current.status
        guard let standings = try? status.json() as? [[String: Any]] else { return "status --json failed: \(status)" }
        let started = Set(state.enrolments.keys.filter { $0 == "python" || state.version >= 1 })
        if Set(standings.compactMap { $0["id"] as? String }) != started { return "status lists \(standings.map { $0["id"] ?? "" }), the model \(started)" }
        for standing in standings {
            let id = standing["id"] as? String ?? ""
            let expected = state.enrolments[id]
            if standing["targetStage"] as? String != expected?.target || standing["targetDate"] as? String != expected?.by {
                return "status of \(id): target \(standing["targetStage"] ?? "nil") by \(standing["targetDate"] ?? "nil"), the model \(String(describing: expected))"
            }
        }
        return nil
    }

    /// The skills due for review today as the model works them out: 14 days after done, then 30, 60, 120, 240 and
    /// 480 after each review (good one step, easy two, hard none); never-reviewed skills whose first review falls
    /// before the first review recorded (or today) are spread from that day, three a day less the skills reviewed on
    /// that day, oldest done first.
    func dueList() -> [(skill: String, due: String, last: String?, interval: Int)] {
        let ladder = [14, 30, 60, 120, 240, 480]
        let today = Day(self.today)!
        var reviewed: [Day: Set<String>] = [:]
        for review in state.reviewDays {
            let parts = review.split(separator: " ")
            reviewed[Day(String(parts[0]))!, default: []].insert(String(parts[1]))
        }
        let epoch = reviewed.keys.min() ?? today
        var entries: [(skill: String, done: Day, due: Day, last: String?, interval: Int)] = []
        for identity in Self.identities where exists(identity) {
            guard let skill = state.skills[identity], skill.status == "done", let since = skill.since, let done = Day(String(since.prefix(10))) else { continue }
            var step = 0, from = done
            for review in skill.reviews {
                let parts = review.split(separator: " ")
                step = min(step + ["easy": 2, "good": 1, "hard": 0][String(parts[1])]!, ladder.count - 1)
                from = Day(String(parts[0]))!
            }
            entries.append((currentID(identity), done, from.adding(days: ladder[step]), skill.reviews.last.map { String($0.prefix(10)) }, ladder[step]))
        }
        let backlog = entries.indices.filter { entries[$0].last == nil && entries[$0].due < epoch }
            .sorted { (entries[$0].done, entries[$0].skill) < (entries[$1].done, entries[$1].skill) }
        var day = epoch, taken = reviewed[epoch]?.count ?? 0
        for index in backlog {
            while taken >= 3 {
                day = day.adding(days: 1)
                taken = reviewed[day]?.count ?? 0
            }
            entries[index].due = day
            taken += 1
        }
        return entries.filter { $0.due <= today }.sorted { ($0.due, $0.skill) < ($1.due, $1.skill) }
            .map { ($0.skill, $0.due.description, $0.last, $0.interval) }
    }

    func difference(_ a: String, _ b: String) -> String {
        let left = a.split(separator: "\n"), right = b.split(separator: "\n")
        for (index, (x, y)) in zip(left, right).enumerated() where x != y { return "line \(index + 1): '\(x)' ≠ '\(y)'" }
        return "lengths \(left.count) ≠ \(right.count)"
    }

    static func roadmap(version: Int) -> String {
        let a = version >= 2 ? "  - id: t.alpha\n    title: Alpha\n    area: core\n    stage: entry\n    aliases: [t.a]\n"
            : "  - id: t.a\n    title: A\n    area: core\n    stage: entry\n"
        let first = version >= 2 ? "t.alpha" : "t.a"
        return """
            id: t
            title: Model roadmap
            version: \(version)
            stages:
              - id: entry
                title: Entry
              - id: mid
                title: Mid
            areas:
              - id: core
                title: Core
            skills:
            \(a)  - id: t.b
                title: B
                area: core
                stage: entry
                requires: [\(first)]
              - id: t.c
                title: C
                area: core
                stage: mid

            """
    }
}
