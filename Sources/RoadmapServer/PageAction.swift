import Foundation
import RoadmapApp
import RoadmapCore

/// One action the page asks for, as the JSON body of `POST /api/action`; each runs the use case the matching
/// command runs and records the command line that would have recorded it.
public struct PageAction: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case mark, note, withdrawNote = "withdraw-note", evidence, withdrawEvidence = "withdraw-evidence", review, start, undo
    }

    public var action: Kind
    public var skill: String?
    /// For mark: done, learning, skip or reset.
    public var status: String?
    /// YYYY-MM-DD: the day done or reviewed.
    public var on: String?
    public var text: String?
    public var url: String?
    public var title: String?
    public var number: Int?
    public var recall: String?
    public var roadmap: String?
    public var target: String?
    public var by: String?
    public var dryRun: Bool?

    public init(_ action: Kind) { self.action = action }

    /// Undo's dry run, the Undo button's preview: it records nothing.
    public var isUndoPreview: Bool { action == .undo && dryRun == true }

    /// What the action did, as the command line says it.
    public func run(database: String, now: Date = Date(), timeZone: TimeZone = .current) throws -> any TextRenderable {
        let session = DatabaseSession(path: database, now: now, timeZone: timeZone, arguments: try arguments())
        let day = try on.map { text in try Day(text).orThrow(RoadmapError.invalidDate(text, option: "--on")) }
        switch action {
        case .mark:
            let (status, name) = try markStatus()
            return try StatusMarking(session: session, status: status, commandName: name).run([try need(skill)], on: status == .done ? day : nil)
        case .note:
            return try NoteKeeping(session: session).add(try need(skill), text: text ?? "")
        case .withdrawNote:
            return try NoteKeeping(session: session).withdraw(try need(skill), number: try need(number))
        case .evidence:
            return try EvidenceKeeping(session: session).add(try need(skill), url: url ?? "", title: title)
        case .withdrawEvidence:
            return try EvidenceKeeping(session: session).withdraw(try need(skill), number: try need(number))
        case .review:
            let recall = try Recall(rawValue: recall ?? "good").orThrow(PageActionError.invalid("recall", recall ?? ""))
            return try Reviewing(session: session).record([try need(skill)], recall: recall, on: day, note: text)
        case .start:
            return try Enrolling(session: session).start(try need(roadmap), target: target, by: by)
        case .undo:
            return try Undoing(session: session).undo(dryRun: dryRun ?? false)
        }
    }

    /// The command line that records the same as this action.
    public func arguments() throws -> [String] {
        func option(_ name: String, _ value: String?) -> [String] { value.map { [name, $0] } ?? [] }
        switch action {
        case .mark:
            let (status, name) = try markStatus()
            return [name, try need(skill)] + (status == .done ? option("--on", on) : [])
        case .note: return ["note", try need(skill), text ?? ""]
        case .withdrawNote: return ["note", try need(skill), "--withdraw", String(try need(number))]
        case .evidence: return ["evidence", try need(skill), url ?? ""] + option("--title", title)
        case .withdrawEvidence: return ["evidence", try need(skill), "--withdraw", String(try need(number))]
        case .review: return ["reviewed", try need(skill), "--recall", recall ?? "good"] + option("--on", on) + option("--note", text)
        case .start: return ["start", try need(roadmap)] + option("--target", target) + option("--by", by)
        case .undo: return ["undo"] + (dryRun == true ? ["--dry-run"] : [])
        }
    }

    private func markStatus() throws -> (SkillStatus, String) {
        switch status {
        case "done": (.done, "done")
        case "learning": (.learning, "learning")
        case "skip", "skipped": (.skipped, "skip")
        case "reset", "todo": (.todo, "reset")
        default: throw PageActionError.invalid("status", status ?? "")
        }
    }

    private func need<Value>(_ value: Value?, _ name: String = "a value") throws -> Value {
        guard let value else { throw PageActionError.missing(String(describing: action.rawValue)) }
        return value
    }
}

/// A page action's body that does not say what to do.
public enum PageActionError: Error, CustomStringConvertible {
    case missing(String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case let .missing(action): "the \(action) action lacks a field it needs; reload the page"
        case let .invalid(field, value): "'\(value)' is no \(field); reload the page"
        }
    }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> some Error) throws -> Wrapped {
        guard let self else { throw error() }
        return self
    }
}
