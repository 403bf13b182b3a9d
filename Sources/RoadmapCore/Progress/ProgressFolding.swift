import Foundation

extension Catalog {
    /// Former ids that name a skill today; an id that is itself a skill again is that skill's.
    public var skillAliases: SkillAliases { SkillAliases(aliases.filter { skills[$0.key] == nil }) }

    /// The ids progress may be recorded under for a skill: its own and its former ones.
    public func recordedIDs(of skillID: String) -> [String] { skillAliases.recordedIDs(of: skillID) }
}
