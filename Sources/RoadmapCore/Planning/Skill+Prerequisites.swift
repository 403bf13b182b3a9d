extension Skill {
    /// The prerequisites not met yet: a skill not `met`, a choice none of whose alternatives is. Ids outside the
    /// catalog (`known` false) cannot block anyone: a choice keeps its known alternatives, one left being a plain
    /// prerequisite and none a choice met.
    func unmetPrerequisites(known: (String) -> Bool, met: (String) -> Bool) -> [Prerequisite] {
        requires.compactMap { prerequisite in
            let alternatives = prerequisite.ids.filter(known)
            guard !alternatives.isEmpty, !alternatives.contains(where: met) else { return nil }
            return alternatives.count == 1 ? .skill(alternatives[0]) : .any(alternatives)
        }
    }
}
