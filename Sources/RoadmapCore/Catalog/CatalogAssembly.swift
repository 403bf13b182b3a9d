struct CatalogAssembly {
    let documents: [RoadmapDocument]
    var findings: [Finding] = []
    var documentsByID: [String: RoadmapDocument] = [:]
    /// The documents taken, in order: the first of each id.
    var ordered: [RoadmapDocument] = []
    /// Where each skill the catalog took is defined, in `ordered`: places rather than the skills themselves, since
    /// a dictionary of ten thousand `DocumentSkill`s was 2 MB of fresh pages at every start (large `info`).
    var places: [String: Place] = [:]

    struct Place {
        var document: Int
        var index: Int
    }

    init(documents: [RoadmapDocument]) { self.documents = documents }

    /// File, then line, then column: the order a reader meets them.
    static func reading(_ a: Finding, _ b: Finding) -> Bool {
        (a.location.file, a.location.line, a.location.column, a.message) < (b.location.file, b.location.line, b.location.column, b.message)
    }

    mutating func error(_ location: SourceLocation, _ message: String) {
        findings.append(Finding(.error, at: location, message))
    }

    /// The skill the catalog took with this id, where it is written.
    func skill(_ id: String) -> DocumentSkill? {
        places[id].map { ordered[$0.document].skills[$0.index] }
    }

    func has(_ id: String) -> Bool { places[id] != nil }

    /// `builtin`: the files of the built-in documents.
    mutating func run(builtin: Set<String>, checkingDocuments: Bool) -> Catalog {
        for document in documents {
            if let first = documentsByID[document.id.value] {
                error(document.id.location, builtin.contains(first.file) && !builtin.contains(document.file)
                    ? "roadmap '\(document.id.value)' is a built-in roadmap; give yours another id (built-ins can be copied with 'roadmap fork')"
                    : "roadmap '\(document.id.value)' is already defined at \(first.id.location)")
                continue
            }
            documentsByID[document.id.value] = document
            ordered.append(document)
        }
        places.reserveCapacity(ordered.reduce(0) { $0 + $1.skills.count })
        // Each document's skills the catalog took: those no document before it defined.
        var taken: [[String]] = []
        var withAliases: [String] = []
        for (position, document) in ordered.enumerated() {
            if checkingDocuments { checkStagesAndAreas(document) }
            var own: [String] = []
            own.reserveCapacity(document.skills.count)
            // By index, and one lookup a skill: copying each DocumentSkill out was a sixth of the assembly (large status).
            for index in document.skills.indices {
                let id = document.skills[index].skill.id
                guard let firstPlace = places.updateValue(Place(document: position, index: index), forKey: id) else {
                    own.append(id)
                    if !document.skills[index].aliases.isEmpty { withAliases.append(id) }
                    continue
                }
                places[id] = firstPlace
                let first = ordered[firstPlace.document].skills[firstPlace.index]
                let location = document.skills[index].location
                if builtin.contains(first.location.file) && !builtin.contains(document.file) {
                    error(location, "skill '\(id)' is a built-in skill (\(first.location)); include it instead of redefining it")
                } else {
                    error(location, "skill '\(id)' is already defined at \(first.location)")
                }
            }
            taken.append(own)
        }
        var roadmaps: [Roadmap] = []
        for (document, own) in zip(ordered, taken) {
            roadmaps.append(roadmap(document, own: own, builtin: builtin.contains(document.file)))
        }
        if checkingDocuments {
            checkGroups(ordered)
            checkPrerequisites()
        }
        let skills = places.mapValues { ordered[$0.document].skills[$0.index].skill }
        return Catalog(roadmaps: roadmaps, skills: skills, aliases: checkAliases(of: withAliases))
    }

    /// Former ids: never the id of a current skill, each claimed by one skill only. `ids`: the skills with aliases.
    mutating func checkAliases(of ids: [String]) -> [String: String] {
        var aliases: [String: (skill: String, location: SourceLocation)] = [:]
        for id in ids.sorted() {
            for alias in skill(id)!.aliases {
                if let current = skill(alias.value) {
                    error(alias.location, "alias '\(alias.value)' of skill '\(id)' is the id of a current skill (\(current.location)); ids are never reused")
                } else if let first = aliases[alias.value] {
                    error(alias.location, "alias '\(alias.value)' is already claimed by skill '\(first.skill)' at \(first.location)")
                } else {
                    aliases[alias.value] = (id, alias.location)
                }
            }
        }
        return aliases.mapValues(\.skill)
    }

    mutating func checkStagesAndAreas(_ document: RoadmapDocument) {
        var stageIDs: [String: SourceLocation] = [:]
        for stage in document.stages {
            if let first = stageIDs[stage.value.id] {
                error(stage.location, "stage '\(stage.value.id)' is already defined at \(first)")
            }
            stageIDs[stage.value.id] = stage.location
        }
        var areaIDs: [String: SourceLocation] = [:]
        for area in document.areas {
            if let first = areaIDs[area.value.id] {
                error(area.location, "area '\(area.value.id)' is already defined at \(first)")
            }
            areaIDs[area.value.id] = area.location
        }
        // A stage or area known for the skill before needs no lookup: skills come in runs of one stage (and, written by
        // hand, of one area), and ten thousand lookups were a quarter of the assembly (large status).
        var knownStage: String?, knownArea: String?
        for index in document.skills.indices {
            let skill = document.skills[index].skill
            if skill.stage != knownStage {
                if stageIDs[skill.stage] != nil {
                    knownStage = skill.stage
                } else {
                    error(document.skills[index].stageLocation, "unknown stage '\(skill.stage)' for skill '\(skill.id)'\(Suggestion.didYouMean(skill.stage, among: document.stages.map(\.value.id)))")
                }
            }
            if skill.area != knownArea {
                if areaIDs[skill.area] != nil {
                    knownArea = skill.area
                } else {
                    error(document.skills[index].areaLocation, "unknown area '\(skill.area)' for skill '\(skill.id)'\(Suggestion.didYouMean(skill.area, among: document.areas.map(\.value.id)))")
                }
            }
        }
    }

    /// The roadmap with its included skills and their areas, then `own`, the skills of its own the catalog took;
    /// checks each include entry.
    mutating func roadmap(_ document: RoadmapDocument, own: [String], builtin: Bool) -> Roadmap {
        var skillIDs: [String] = []
        var seen: Set<String> = []
        var areas: [Area] = []
        // Areas already listed, the document's own among them: each included skill checks its area once.
        var listedAreas = Set(document.areas.map(\.value.id))
        let stageIDs = Set(document.stages.map(\.value.id))
        func add(_ id: String) {
            if seen.insert(id).inserted { skillIDs.append(id) }
        }
        for include in document.includes {
            let name = include.value
            var included: [String] = []
            // A Character, not a String: Foundation's substring search cost 5,000 instructions an include at every start.
            if name.contains("." as Character) {
                guard has(name) else {
                    error(include.location, "unknown skill '\(name)' in include\(Suggestion.didYouMean(name, among: Array(places.keys)))")
                    continue
                }
                included = [name]
            } else {
                guard name != document.id.value else {
                    error(include.location, "roadmap '\(name)' includes itself")
                    continue
                }
                guard documentsByID[name] != nil else {
                    error(include.location, "unknown roadmap '\(name)' in include\(Suggestion.didYouMean(name, among: Array(documentsByID.keys)))")
                    continue
                }
                included = ownAndIncludedSkills(of: name, visiting: [document.id.value])
            }
            for id in included {
                guard let skill = self.skill(id) else { continue }
                if !stageIDs.contains(skill.skill.stage) {
                    error(include.location, "included skill '\(id)' has stage '\(skill.skill.stage)', which roadmap '\(document.id.value)' does not define")
                    continue
                }
                add(id)
                if !listedAreas.contains(skill.skill.area),
                   let area = documentsByID[skill.skill.roadmap]?.areas.first(where: { $0.value.id == skill.skill.area }) {
                    listedAreas.insert(area.value.id)
                    areas.append(area.value)
                }
            }
        }
        // The document's own ids are unique once its duplicates are left out: only an included one can repeat them.
        if seen.isEmpty { skillIDs += own } else { own.forEach(add) }
        return Roadmap(
            id: document.id.value, title: document.title, summary: document.summary, version: document.version,
            stages: document.stages.map(\.value), areas: areas + document.areas.map(\.value),
            skillIDs: skillIDs, includes: document.includes.map(\.value), isBuiltin: builtin)
    }

    /// A roadmap's own skills and, through its roadmap includes, theirs; include loops end quietly.
    func ownAndIncludedSkills(of roadmapID: String, visiting: Set<String>) -> [String] {
        guard let document = documentsByID[roadmapID], !visiting.contains(roadmapID) else { return [] }
        var ids: [String] = []
        for include in document.includes {
            if include.value.contains("." as Character) {
                if has(include.value) { ids.append(include.value) }
            } else {
                ids += ownAndIncludedSkills(of: include.value, visiting: visiting.union([roadmapID]))
            }
        }
        ids += document.skills.map(\.skill.id).filter(has)
        return ids
    }

    /// A `one_of` group is two or more skills of one file, all at one stage: the stage counts one of them.
    mutating func checkGroups(_ documents: [RoadmapDocument]) {
        for document in documents {
            var groups: [String: [DocumentSkill]] = [:]
            for entry in document.skills { if let group = entry.skill.oneOf { groups[group, default: []].append(entry) } }
            for (group, members) in groups.sorted(by: { $0.key < $1.key }) {
                let first = members[0]
                if members.count < 2 {
                    error(first.location, "group '\(group)' of skill '\(first.skill.id)' has no other skill; 'one_of' names a group of two or more skills of one stage (one skill alone is an elective)")
                }
                for other in members.dropFirst() where other.skill.stage != first.skill.stage {
                    error(other.stageLocation, "skill '\(other.skill.id)' of group '\(group)' has stage '\(other.skill.stage)', but '\(first.skill.id)' of the same group has '\(first.skill.stage)'; a group's skills share one stage")
                }
            }
        }
    }

    /// Unknown ids (in a choice too), prerequisites of a later stage (a choice only when every alternative is: a
    /// learner can take the earliest), and cycles, counting every alternative of a choice as an edge (the
    /// conservative rule: a cycle that only some paths take is still reported).
    mutating func checkPrerequisites() {
        let ids = places.keys.sorted()
        for id in ids {
            let skill = self.skill(id)!
            let stages = documentsByID[skill.skill.roadmap]?.stages.map(\.value.id) ?? []
            let own = stages.firstIndex(of: skill.skill.stage)
            // A known prerequisite's stage, when it belongs to a later stage than the skill.
            func later(_ requirement: String) -> String? {
                guard let own, let stage = self.skill(requirement)?.skill.stage, let theirs = stages.firstIndex(of: stage), theirs > own else { return nil }
                return stage
            }
            for (prerequisite, located) in skill.locatedPrerequisites {
                let inChoice = prerequisite.isChoice ? " (in a choice)" : ""
                for requirement in located where !has(requirement.value) {
                    error(requirement.location, "unknown prerequisite '\(requirement.value)'\(inChoice) of skill '\(id)'\(Suggestion.didYouMean(requirement.value, among: ids))")
                }
                let known = located.filter { has($0.value) }
                guard let first = known.first else { continue }
                if !prerequisite.isChoice {
                    if skill.skill.isRequired, let needed = self.skill(first.value)?.skill, !needed.isRequired {
                        let what = needed.elective ? "an elective" : "one of group '\(needed.oneOf!)'"
                        findings.append(Finding(.warning, at: first.location, "required skill '\(id)' requires '\(first.value)', \(what): a learner must take it after all; require a choice of the alternatives, or make it required"))
                    }
                    if let stage = later(first.value) {
                        findings.append(Finding(.warning, at: first.location, "prerequisite '\(first.value)' (stage \(stage)) belongs to a later stage than '\(id)' (stage \(skill.skill.stage))"))
                    }
                } else if known.allSatisfy({ later($0.value) != nil }) {
                    let alternatives = known.map { "'\($0.value)' (stage \(later($0.value)!))" }.joined(separator: ", ")
                    findings.append(Finding(.warning, at: first.location, "every alternative of a choice belongs to a later stage than '\(id)' (stage \(skill.skill.stage)): \(alternatives)"))
                }
            }
        }
        for cycle in PrerequisiteGraph(requires: places.mapValues { ordered[$0.document].skills[$0.index].skill.requires.ids }).cycles() {
            let first = cycle[0], second = cycle.count > 1 ? cycle[1] : cycle[0]
            let location = skill(first)!.requires.first { $0.value == second }?.location ?? skill(first)!.location
            // The steps taken through a choice, so the editor sees which alternative closes the loop.
            let throughChoices = zip(cycle, cycle.dropFirst() + [first]).filter { from, to in
                let requires = skill(from)!.skill.requires
                return !requires.skillIDs.contains(to) && requires.choices.contains { $0.contains(to) }
            }.map { "\($0) -> \($1)" }
            let note = throughChoices.isEmpty ? "" : " (\(throughChoices.joined(separator: ", ")) through a choice; every alternative counts)"
            error(location, "prerequisite cycle: \((cycle + [first]).joined(separator: " -> "))\(note)")
        }
    }
}
