import Foundation

/// A roadmap written back as YAML under a new id: its skills included by id, ready to edit and add. Included skills
/// keep their definitions, choice prerequisites and all, so nothing of them is rewritten here.
public enum RoadmapFork {
    public static func yaml(_ roadmap: Roadmap, in catalog: Catalog, id: String, date: Day) -> String {
        var text = """
            # Forked from roadmap '\(roadmap.id)' (version \(roadmap.version)) on \(date).
            # Its skills are included by id, so progress on them is shared with '\(roadmap.id)'.
            # Delete an include line to drop a skill; add your own skills under 'skills:' with ids of your own
            # (like '\(id).my-skill'); raise 'version' whenever you change the file; then: roadmap add FILE
            id: \(id)
            title: \(quoted(roadmap.title + " (my version)"))
            summary: \(quoted(roadmap.summary))
            version: 1
            stages:

            """
        for stage in roadmap.stages {
            text += "  - id: \(stage.id)\n    title: \(quoted(stage.title))\n"
            if !stage.summary.isEmpty { text += "    summary: \(quoted(stage.summary))\n" }
            if !stage.jobTitles.isEmpty { text += "    job_titles: [\(stage.jobTitles.map(quoted).joined(separator: ", "))]\n" }
        }
        text += "areas:\n  - id: \(id)-own\n    title: \(quoted("My additions"))\ninclude:\n"
        for skill in catalog.skills(of: roadmap) {
            text += "  - " + skill.id.padding(39) + " " + "# \(skill.title.replacingNewlines) (\(skill.stage))\n"
        }
        text += """
            skills: []
            # An example of a skill of your own:
            #  - id: \(id).my-skill
            #    title: My skill
            #    area: \(id)-own
            #    stage: \(roadmap.stages.first?.id ?? "entry")
            #    requires: []            # skill ids; {any: [id, id]} for a choice met by any one of them
            #    summary: What to learn and why.

            """
        return text
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML).
    static func quoted(_ text: String) -> String {
        let escaped = text.replacingScalars { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            case _ where scalar.value < 0x20: return "\\x" + String(scalar.value, radix: 16).leftPadded(2).replacingOccurrences(of: " ", with: "0")
            default: return nil
            }
        }
        return "\"" + escaped + "\""
    }
}

extension String {
    var replacingNewlines: String { split(whereSeparator: \.isNewline).joined(separator: " ") }
}
