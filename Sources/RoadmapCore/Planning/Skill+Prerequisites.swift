extension Skill {
    /// The prerequisites not met yet: a skill not `met`, a choice none of whose alternatives is. Ids outside the
    /// catalog (`known` false) cannot block anyone: a choice keeps its known alternatives, one left being a plain
    /// prerequisite and none a choice met.
    func unmetPrerequisites(known: (String) -> Bool, met: (String) -> Bool) -> [Prerequisite] {
        var unmet: [Prerequisite] = []
        for prerequisite in requires {
            switch prerequisite {
            case let .skill(id):
                // Most prerequisites: no arrays made (a large report asks for 3,815 skills').
                if known(id), !met(id) { unmet.append(prerequisite) }
            case let .any(ids):
                let alternatives = ids.filter(known)
                guard !alternatives.isEmpty, !alternatives.contains(where: met) else { continue }
                unmet.append(alternatives.count == 1 ? .skill(alternatives[0]) : .any(alternatives))
            }
        }
        return unmet
    }
}
