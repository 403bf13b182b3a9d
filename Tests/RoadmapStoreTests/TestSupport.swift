import Foundation
import RoadmapCore
import RoadmapStore

/// A fresh folder under the system temp directory, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ components: String...) -> String {
        components.reduce(url) { $0.appendingPathComponent($1) }.path
    }

    /// The schema fixtures older releases left (Tests/RoadmapCLITests/Fixtures).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RoadmapCLITests/Fixtures")

    /// A copy of a fixture (`schema-004`, `builtins-v2`…) as this folder's progress.sqlite; its path.
    func copy(fixture: String) throws -> String {
        let path = path("progress.sqlite")
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(fixture + ".sqlite").path, toPath: path)
        return path
    }
}

/// A fixed clock: day 0 is 2026-01-10 09:00:00 UTC; whole seconds, so dates read back equal.
func day(_ offset: Int, hour: Int = 9) -> Date {
    Date(timeIntervalSince1970: 1_768_035_600 + Double(offset * 86_400 + (hour - 9) * 3_600))
}

func command(_ name: String, _ arguments: String..., at: Date = day(0)) -> CommandInfo {
    CommandInfo(name: name, arguments: [name] + arguments, at: at)
}

func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Collects values from several threads.
final class Collected<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    func append(_ value: Value) { lock.withLock { storage.append(value) } }
    var values: [Value] { lock.withLock { storage } }
}

extension ProgressStore {
    /// A mark recorded by `command` run at `at` (these tests date marks by their clock, not by `--on`).
    @discardableResult
    func markStatus(_ status: SkillStatus, skills: [String], at: Date, note: String?, command: CommandInfo) throws -> [StatusChange] {
        var command = command
        command.at = at
        return try markStatus(status, skills: skills, note: note, command: command)
    }

    /// `roadmap start` run at `at`.
    @discardableResult
    func enrol(roadmap: String, targetStage: String?, targetDate: String?, at: Date) throws -> EnrolmentChange {
        try enrol(roadmap: roadmap, targetStage: targetStage, targetDate: targetDate, command: command("start", roadmap, at: at))
    }
}

/// The UTC day of `day(offset)`.
func utcDay(_ offset: Int) -> Day { Day(day(offset), in: .gmt) }

/// A status change without its days, for tests about transitions only.
struct Transition: Hashable, CustomStringConvertible {
    var skill: String
    var from: SkillStatus
    var to: SkillStatus
    var description: String { "\(skill): \(from.rawValue) → \(to.rawValue)" }
}

extension StatusChange {
    var transition: Transition { Transition(skill: skill, from: from, to: to) }
}
