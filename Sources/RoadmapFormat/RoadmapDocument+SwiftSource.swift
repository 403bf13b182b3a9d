extension RoadmapDocument {
    /// A Swift function, `static func NAME() -> RoadmapDocument`, that builds this document as it is: one statement
    /// per stage, area and skill, every type spelled out, so a large roadmap type-checks quickly, and left
    /// unoptimised, so it compiles quickly in a release build too.
    public func swiftFunction(named name: String, indent: String = "    ") -> String {
        func at(_ location: SourceLocation) -> String {
            guard location.file == file else {
                return "SourceLocation(file: \(SwiftLiteral.string(location.file)), line: \(location.line), column: \(location.column))"
            }
            return "at(\(location.line), \(location.column))"
        }
        func located(_ values: [Located<String>]) -> String {
            "[" + values.map { "located(\(SwiftLiteral.string($0.value)), \(at($0.location)))" }.joined(separator: ", ") + "]"
        }
        var lines = [
            "// Run once per process: optimising a function this long costs minutes of build time and saves microseconds.",
            "@_optimize(none)",
            "static func \(name)() -> RoadmapDocument {",
            "    let file: String = \(SwiftLiteral.string(file))",
            "    func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }",
            "    func located(_ value: String, _ location: SourceLocation) -> Located<String> { Located(value, at: location) }",
            "    var stages: [Located<Stage>] = []",
        ]
        for stage in stages {
            let value = stage.value
            lines.append("    stages.append(Located(Stage(id: \(SwiftLiteral.string(value.id)), title: \(SwiftLiteral.string(value.title)), "
                + "summary: \(SwiftLiteral.string(value.summary)), jobTitles: \(SwiftLiteral.strings(value.jobTitles))), at: \(at(stage.location))))")
        }
        lines.append("    var areas: [Located<Area>] = []")
        for area in areas {
            let value = area.value
            lines.append("    areas.append(Located(Area(id: \(SwiftLiteral.string(value.id)), title: \(SwiftLiteral.string(value.title)), "
                + "summary: \(SwiftLiteral.string(value.summary))), at: \(at(area.location))))")
        }
        lines.append("    var skills: [DocumentSkill] = []")
        lines.append("    skills.reserveCapacity(\(skills.count))")
        for entry in skills {
            let skill = entry.skill
            let resources = "[" + skill.resources.map {
                "Resource(title: \(SwiftLiteral.string($0.title)), url: \(SwiftLiteral.string($0.url)), kind: .\($0.kind.rawValue))"
            }.joined(separator: ", ") + "]"
            lines.append("    skills.append(DocumentSkill(")
            lines.append("        skill: Skill(")
            lines.append("            id: \(SwiftLiteral.string(skill.id)), title: \(SwiftLiteral.string(skill.title)), "
                + "area: \(SwiftLiteral.string(skill.area)), stage: \(SwiftLiteral.string(skill.stage)),")
            lines.append("            requires: \(SwiftLiteral.prerequisites(skill.requires)),")
            lines.append("            summary: \(SwiftLiteral.string(skill.summary)),")
            lines.append("            keywords: \(SwiftLiteral.strings(skill.keywords)),")
            lines.append("            source: \(SwiftLiteral.string(skill.source)),")
            lines.append("            resources: \(resources),")
            lines.append("            hours: \(skill.hours.map(String.init) ?? "nil"), roadmap: \(SwiftLiteral.string(skill.roadmap)), "
                + "aliases: \(SwiftLiteral.strings(skill.aliases)), elective: \(skill.elective), "
                + "oneOf: \(skill.oneOf.map(SwiftLiteral.string) ?? "nil")),")
            lines.append("        location: \(at(entry.location)), stageLocation: \(at(entry.stageLocation)), areaLocation: \(at(entry.areaLocation)),")
            lines.append("        requires: \(located(entry.requires)),")
            lines.append("        aliases: \(located(entry.aliases))))")
        }
        lines.append("    return RoadmapDocument(")
        lines.append("        file: file, location: \(at(location)), id: located(\(SwiftLiteral.string(id.value)), \(at(id.location))),")
        lines.append("        title: \(SwiftLiteral.string(title)), summary: \(SwiftLiteral.string(summary)), version: \(version),")
        lines.append("        stages: stages, areas: areas, includes: \(located(includes)), skills: skills)")
        lines.append("}")
        return lines.map { $0.isEmpty ? $0 : indent + $0 }.joined(separator: "\n") + "\n"
    }
}
