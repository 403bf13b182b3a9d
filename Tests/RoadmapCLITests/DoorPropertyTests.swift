import Foundation
import GRDB
import PropertyBased
import RoadmapCore
import RoadmapStore
import Testing

/// "Checked fully first, all or nothing": for random mutations of a real backup and of a real sync device line, a
/// door either refuses in one line with the database's bytes unchanged, or takes the file, and then every read
/// command works and an export imports into a fresh database with the same state.
/// `ROADMAP_DOOR_CASES=N` runs N cases per door (default 24, a few seconds each way).
@Suite struct DoorPropertyTests {
    static let cases = ProcessInfo.processInfo.environment["ROADMAP_DOOR_CASES"].flatMap(Int.init) ?? 24
    static let codes = Gen.int(in: 0...Int(Int32.max)).array(of: 1...3)

    /// A real history: marks, a back-dated mark, notes, a withdrawal, evidence, a review, an undo, a target, a custom roadmap.
    static func populated() throws -> InProcess {
        let world = try InProcess()
        let team = try world.write(CustomRoadmapTests.team(version: 1, skills: CustomRoadmapTests.skill("team.a") + CustomRoadmapTests.skill("team.b")), to: "team.yaml")
        for command in [
            ["start", "python", "--target", "mid", "--by", "2027-06-30"], ["done", "python.basics", "numpy", "--on", "2026-03-01", "--note", "course"],
            ["learning", "pandas"], ["note", "numpy", "a note"], ["note", "numpy", "another"], ["note", "numpy", "--withdraw", "1"],
            ["evidence", "numpy", "https://example.org/drills", "--title", "Drills"], ["reviewed", "python.basics", "--recall", "good"],
            ["done", "python.collections"], ["undo"], ["add", team.path], ["start", "team"], ["done", "team.a"],
        ] {
            let run = world.run(command)
            precondition(run.status == 0, "\(command): \(run)")
        }
        return world
    }

    static let backup: Data = {
        let world = try! populated()
        return Data(world.run("export", "--format", "json", "--date", "2026-11-22").stdout.utf8)
    }()

    @Test func aMutatedBackupIsRefusedWholeOrReadsBack() async throws {
        let original = try JSONSerialization.jsonObject(with: Self.backup)
        await propertyCheck(count: Self.cases, input: Self.codes) { codes in
            var json = original
            let mutations = codes.map { JSONMutation(code: $0, in: json) }
            for mutation in mutations { mutation.apply(to: &json) }
            let world = try InProcess()
            #expect(world.run("done", "python.basics").status == 0)
            let file = world.home.appendingPathComponent("mutated.json")
            try JSONSerialization.data(withJSONObject: json).write(to: file)
            let before = try Data(contentsOf: world.defaultDatabase)
            let run = world.run("import", file.path)
            // What the bytes reader takes, it reads as JSONDecoder does; what it does not take goes the usual way.
            let written = try Data(contentsOf: file)
            if let plain = written.withUnsafeBytes({ ProgressBackup.decodePlainly($0, knownSchemas: ProgressStore.knownSchemaVersions) }) {
                #expect(run.status == 0 && plain.backup == (try? ProgressBackup.decode(written, knownSchemas: ProgressStore.knownSchemaVersions))?.backup, "\(mutations)")
            }
            let context = "mutations: \(mutations)"
            guard run.status == 0 else {
                #expect(run.failedWithOneLine && run.stderr.contains(file.path), "\(context)\n\(run)")
                #expect(try Data(contentsOf: world.defaultDatabase) == before, "a refused import changed the database; \(context)")
                return
            }
            try Self.expectEverythingReadsAndTravels(world, context)
        }
    }

    @Test func aMutatedSyncLineIsRefusedWholeOrReadsBack() async throws {
        let lines = try Self.deviceLines()
        await propertyCheck(count: Self.cases, input: Gen.int(in: 0..<lines.count), Self.codes) { index, codes in
            var json = try JSONSerialization.jsonObject(with: Data(lines[index].utf8))
            let mutations = codes.map { JSONMutation(code: $0, in: json) }
            for mutation in mutations { mutation.apply(to: &json) }
            var file = lines
            file[index] = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
            let world = try InProcess()
            #expect(world.run("done", "python.basics").status == 0)
            let before = try Data(contentsOf: world.defaultDatabase)
            let context = "line \(index + 1), mutations: \(mutations)"
            // As SyncRun reads a device file: decode every line, check each, then apply them all in one transaction.
            let outcome: String?
            do {
                let read = try SyncRepository.decode(Data(file.joined(separator: "\n").utf8), file: "devices/other.jsonl")
                var documents: [String: RoadmapDocument] = [:]
                for (_, line) in read { documents.merge(try line.check()) { $1 } }
                let store = try ProgressStore(path: world.defaultDatabase.path)
                try store.applyIncoming([SyncBatch(device: "0f0f0f0f-0000-4000-8000-000000000000", lines: read.map(\.line))], documents: documents)
                outcome = nil
            } catch let error as SyncRepository.InvalidLine {
                outcome = error.reason
            } catch let error as SyncLine.Invalid {
                outcome = error.reason
            } catch let error as StoreError {
                outcome = error.description
            }
            if let outcome {
                #expect(!outcome.contains("\n"), "a refusal of more than one line: \(outcome); \(context)")
                #expect(try Data(contentsOf: world.defaultDatabase) == before, "a refused sync changed the database; \(context)")
                return
            }
            try Self.expectEverythingReadsAndTravels(world, context)
        }
    }

    /// Every read command works, and the export imports into a fresh database that then shows and exports the same.
    static func expectEverythingReadsAndTravels(_ world: InProcess, _ context: String) throws {
        for command in [["status"], ["status", "--json"], ["show", "python", "--json"], ["show", "team"], ["history"], ["report"], ["review"], ["next"]] {
            let run = world.run(command)
            // A roadmap the file did not bring is an error of the command line, not of the database.
            let unknownRoadmap = run.stderr.contains("unknown roadmap 'team'")
            #expect(run.status == 0 || unknownRoadmap, "\(command): \(run); \(context)")
            #expect(run.stderr.isEmpty || unknownRoadmap, "\(command) left something out: \(run.stderr); \(context)")
        }
        let export = world.run("export", "--format", "json", "--date", "2026-11-22")
        #expect(export.status == 0, "export: \(export); \(context)")
        let fresh = try InProcess()
        let file = try fresh.write(export.stdout, to: "backup.json")
        let imported = fresh.run("import", file.path)
        #expect(imported.status == 0, "the export does not import: \(imported); \(context)")
        #expect(fresh.run("export", "--format", "json", "--date", "2026-11-22").stdout == export.stdout, "the state differs after the trip; \(context)")
        #expect(fresh.run("status", "--json").stdout == world.run("status", "--json").stdout, "status differs after the trip; \(context)")
    }

    /// The lines a device writes: every command of the populated history, as `sync` sends them.
    static func deviceLines() throws -> [String] {
        let world = try populated()
        let store = try ProgressStore(path: world.defaultDatabase.path)
        return try store.outgoingLines(excluding: [], host: "laptop").map { try SyncRepository.encode($0).trimmingCharacters(in: .newlines) }
    }
}

/// One change to a JSON document, decoded from a number so the library can shrink it: a value of another type,
/// an out-of-range time, a dangling reference, a repeated uuid, a huge text, a removed key, a reordered array,
/// or another word of a vocabulary.
struct JSONMutation: CustomStringConvertible {
    enum Change {
        case replace(Any)
        case remove
        case reorder(seed: Int)
        case copyFrom([PathStep])
    }

    enum PathStep: CustomStringConvertible {
        case key(String)
        case index(Int)
        var description: String {
            switch self {
            case let .key(key): ".\(key)"
            case let .index(index): "[\(index)]"
            }
        }
    }

    var path: [PathStep]
    var change: Change

    static var times: [Any] { [
        "2026-12-06T25:99:38.968Z", "2026-02-30T10:00:00.000Z", "2026-13-01T10:00:00.000Z", "99999-01-01T10:00:00.000Z",
        "2026-12-06T10:00:00.000", "2026-12-06T10:00:00+01:00", "2026-02-30", "2026-03-01", "0000-01-01T00:00:00.000Z",
        "9999-12-31T23:59:59.999Z", "2026-12-06T23:59:59.999Z",
    ] }
    static var words: [Any] { [
        "done", "todo", "learning", "skipped", "finished", "note", "evidence", "review", "status", "note_withdrawn", "command",
        "good", "forgot", "meh", "python.numpy", "Python Numpy", "team", "ml-engineer", "nope", "", "import", "https://example.org/x",
        "ftp://example.org", "line\nbreak", "nul\u{0}inside",
    ] }
    static var others: [Any] { [0, -1, 1.5, true, NSNull(), [Any](), [String: Any](), "text", 99_999_999_999] }

    init(code: Int, in json: Any) {
        var rest = code
        func pick(_ count: Int) -> Int {
            defer { rest /= max(count, 1) }
            return count == 0 ? 0 : rest % count
        }
        let paths = Self.paths(in: json)
        path = paths[pick(paths.count)]
        switch pick(10) {
        case 0, 1: change = .replace(Self.times[pick(Self.times.count)])
        case 2, 3: change = .replace(Self.words[pick(Self.words.count)])
        case 4: change = .replace(Self.others[pick(Self.others.count)])
        case 5:
            // A huge text: over the limit, or just within it.
            change = .replace(String(repeating: "x", count: pick(2) == 0 ? LogField.textLimit + 1 : LogField.textLimit))
        case 6: change = .remove
        case 7: change = .reorder(seed: pick(1000))
        default:
            // Another field's value: a repeated uuid, a reference to something else (dangling or not).
            change = .copyFrom(paths[pick(paths.count)])
        }
    }

    var description: String {
        let what = switch change {
        case let .replace(value): "= \(String(describing: value).prefix(40))"
        case .remove: "removed"
        case let .reorder(seed): "reordered (\(seed))"
        case let .copyFrom(other): "= the value at \(other.map(\.description).joined())"
        }
        return path.map(\.description).joined() + " " + what
    }

    /// Every place in the document, the root excepted.
    static func paths(in json: Any, prefix: [PathStep] = []) -> [[PathStep]] {
        var found: [[PathStep]] = prefix.isEmpty ? [] : [prefix]
        if let object = json as? [String: Any] {
            for key in object.keys.sorted() { found += paths(in: object[key]!, prefix: prefix + [.key(key)]) }
        } else if let array = json as? [Any] {
            for (index, element) in array.enumerated() { found += paths(in: element, prefix: prefix + [.index(index)]) }
        }
        return found
    }

    static func value(at path: [PathStep], in json: Any) -> Any? {
        guard let step = path.first else { return json }
        switch step {
        case let .key(key): return (json as? [String: Any])?[key].flatMap { value(at: Array(path.dropFirst()), in: $0) }
        case let .index(index):
            guard let array = json as? [Any], array.indices.contains(index) else { return nil }
            return value(at: Array(path.dropFirst()), in: array[index])
        }
    }

    func apply(to json: inout Any) {
        let copied = if case let .copyFrom(other) = change { Self.value(at: other, in: json) } else { Any?.none }
        Self.update(&json, at: path[...]) { value in
            switch change {
            case let .replace(new): value = new
            case .remove: value = nil
            case let .copyFrom(other): if let copied { value = copied } else { _ = other }
            case let .reorder(seed):
                if let array = value as? [Any], array.count > 1 {
                    var generator = SplitMix(seed: UInt64(seed))
                    value = array.shuffled(using: &generator)
                } else if let array = value as? [Any] {
                    value = array.reversed() as [Any]
                }
            }
        }
    }

    private static func update(_ json: inout Any, at path: ArraySlice<PathStep>, _ body: (inout Any?) -> Void) {
        guard let step = path.first else { return }
        let rest = path.dropFirst()
        switch step {
        case let .key(key):
            guard var object = json as? [String: Any] else { return }
            if rest.isEmpty {
                var value = object[key]
                body(&value)
                object[key] = value
            } else if var inner = object[key] {
                update(&inner, at: rest, body)
                object[key] = inner
            }
            json = object
        case let .index(index):
            guard var array = json as? [Any], array.indices.contains(index) else { return }
            if rest.isEmpty {
                var value: Any? = array[index]
                body(&value)
                if let value { array[index] = value } else { array.remove(at: index) }
            } else {
                var inner = array[index]
                update(&inner, at: rest, body)
                array[index] = inner
            }
            json = array
        }
    }
}

/// A seeded generator, so a shrunk case reorders the same way again.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
