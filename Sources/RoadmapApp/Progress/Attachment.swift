import Foundation
import RoadmapCore
import RoadmapStore

/// What a skill keeps beside its status, as `AttachmentKeeping` handles it.
public protocol Attachment {
    associatedtype Addition
    associatedtype Outcome
    /// The command that keeps it, and its name in messages: note, evidence.
    static var what: String { get }
    /// An addition as a user names it beside `--withdraw N`: a note, a link.
    static var additionName: String { get }
    static func kept(in progress: SkillProgress) -> [Self]
    /// The addition as it will be stored, or the input rule it breaks.
    static func checked(_ addition: Addition) throws -> Addition
    static func add(_ addition: Addition, skill: String, to store: ProgressStore, command: CommandInfo) throws -> Outcome
    static func withdraw(_ item: Self, skill: String, from store: ProgressStore, command: CommandInfo) throws
    static func listed(skill: String, _ items: [Self]) -> Outcome
    static func withdrawn(skill: String, number: Int, _ item: Self) -> Outcome
}

extension Note: Attachment {
    public static let what = "note", additionName = "a note"
    public static func kept(in progress: SkillProgress) -> [Note] { progress.notes }

    public static func checked(_ text: String) throws -> String {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.isEmpty { throw RoadmapError.emptyText(what: "note") }
        return note
    }

    public static func add(_ text: String, skill: String, to store: ProgressStore, command: CommandInfo) throws -> NoteOutcome {
        try store.addNote(skill: skill, text: text, command: command)
        return .added(skill: skill, text: text)
    }

    public static func withdraw(_ note: Note, skill: String, from store: ProgressStore, command: CommandInfo) throws {
        try store.withdrawNote(note, skill: skill, command: command)
    }

    public static func listed(skill: String, _ notes: [Note]) -> NoteOutcome { .listed(skill: skill, notes: notes) }
    public static func withdrawn(skill: String, number: Int, _ note: Note) -> NoteOutcome { .withdrawn(skill: skill, number: number, note: note) }
}

extension Evidence: Attachment {
    public static let what = "evidence", additionName = "a link"
    public static func kept(in progress: SkillProgress) -> [Evidence] { progress.evidence }

    public static func checked(_ link: (url: String, title: String?)) throws -> (url: String, title: String?) {
        guard LogField.isWebLink(link.url) else { throw RoadmapError.invalidURL(link.url) }
        try InputRules.checkNotBlank(link.title, what: "--title")
        return link
    }

    public static func add(_ link: (url: String, title: String?), skill: String, to store: ProgressStore, command: CommandInfo) throws -> EvidenceOutcome {
        try store.addEvidence(skill: skill, url: link.url, title: link.title, command: command)
        return .added(skill: skill, url: link.url, title: link.title)
    }

    public static func withdraw(_ evidence: Evidence, skill: String, from store: ProgressStore, command: CommandInfo) throws {
        try store.withdrawEvidence(evidence, skill: skill, command: command)
    }

    public static func listed(skill: String, _ evidence: [Evidence]) -> EvidenceOutcome { .listed(skill: skill, evidence: evidence) }
    public static func withdrawn(skill: String, number: Int, _ evidence: Evidence) -> EvidenceOutcome {
        .withdrawn(skill: skill, number: number, evidence: evidence)
    }
}
