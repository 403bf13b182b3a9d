import Foundation

/// Which ids name which skill: a former id (an alias) maps to the skill that claims it today.
public struct SkillAliases: Sendable, Hashable {
    /// Former id → current id.
    public let currentByFormer: [String: String]
    private let formerByCurrent: [String: [String]]

    public init(_ currentByFormer: [String: String] = [:]) {
        self.currentByFormer = currentByFormer
        var formers: [String: [String]] = [:]
        for (former, current) in currentByFormer { formers[current, default: []].append(former) }
        formerByCurrent = formers.mapValues { $0.sorted() }
    }

    public static let none = SkillAliases()

    /// The id progress counts under today.
    public func current(_ id: String) -> String { currentByFormer[id] ?? id }

    /// A skill's own id and the former ids its progress may have been recorded under.
    public func recordedIDs(of skill: String) -> [String] { [skill] + (formerByCurrent[skill] ?? []) }
}
