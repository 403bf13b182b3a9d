/// A parsed roadmap document as compact tab-separated text, read back many times faster than its YAML:
/// built-in roadmaps are compiled at build time and custom ones when added, so no command parses YAML.
public enum CompiledRoadmap {
    static let header = "roadmap-compiled 1"

    public static func encode(_ document: RoadmapDocument) -> String {
        var lines = [header]
        lines.append(record("R", escape(document.file), place(document.location), escape(document.id.value), place(document.id.location),
                            escape(document.title), escape(document.summary), String(document.version)))
        for stage in document.stages {
            lines.append(record("S", escape(stage.value.id), place(stage.location), escape(stage.value.title), escape(stage.value.summary), list(stage.value.jobTitles)))
        }
        for area in document.areas {
            lines.append(record("A", escape(area.value.id), place(area.location), escape(area.value.title), escape(area.value.summary)))
        }
        for include in document.includes { lines.append(record("I", escape(include.value), place(include.location))) }
        for entry in document.skills {
            let skill = entry.skill
            lines.append(record(
                "K", escape(skill.id), place(entry.location), escape(skill.title), escape(skill.area), place(entry.areaLocation),
                escape(skill.stage), place(entry.stageLocation), escape(skill.summary), escape(skill.source), skill.hours.map(String.init) ?? "",
                list(skill.keywords), located(entry.requires), located(entry.aliases),
                skill.resources.map { [$0.title, $0.url, $0.kind.rawValue].map(escape).joined(separator: "^") }.joined(separator: "|")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nil when the text is not a compiled roadmap of this version (the caller then parses the YAML).
    public static func decode(_ text: String) -> RoadmapDocument? {
        var lines = split(Substring(text), on: UInt8(ascii: "\n")).filter { !$0.isEmpty }[...]
        guard lines.popFirst() == Substring(header), let head = lines.popFirst() else { return nil }
        let r = fields(head)
        guard r.count == 8, r[0] == "R", let version = Int(r[7]) else { return nil }
        let file = unescape(r[1])
        guard let location = spot(r[2], file), let idLocation = spot(r[4], file) else { return nil }
        var document = RoadmapDocument(
            file: file, location: location, id: Located(unescape(r[3]), at: idLocation), title: unescape(r[5]),
            summary: unescape(r[6]), version: version, stages: [], areas: [], includes: [], skills: [])
        for line in lines {
            let f = fields(line)
            switch f.first {
            case "S" where f.count == 6:
                guard let at = spot(f[2], file) else { return nil }
                document.stages.append(Located(Stage(id: unescape(f[1]), title: unescape(f[3]), summary: unescape(f[4]), jobTitles: items(f[5])), at: at))
            case "A" where f.count == 5:
                guard let at = spot(f[2], file) else { return nil }
                document.areas.append(Located(Area(id: unescape(f[1]), title: unescape(f[3]), summary: unescape(f[4])), at: at))
            case "I" where f.count == 3:
                guard let at = spot(f[2], file) else { return nil }
                document.includes.append(Located(unescape(f[1]), at: at))
            case "K" where f.count == 15:
                guard let at = spot(f[2], file), let areaAt = spot(f[5], file), let stageAt = spot(f[7], file),
                      let requires = locatedItems(f[12], file), let aliases = locatedItems(f[13], file)
                else { return nil }
                var resources: [Resource] = []
                for item in split(f[14], on: UInt8(ascii: "|")) where !item.isEmpty {
                    let parts = split(item, on: UInt8(ascii: "^"))
                    guard parts.count == 3, let kind = Resource.Kind(rawValue: String(parts[2])) else { return nil }
                    resources.append(Resource(title: unescape(parts[0]), url: unescape(parts[1]), kind: kind))
                }
                let skill = Skill(
                    id: unescape(f[1]), title: unescape(f[3]), area: unescape(f[4]), stage: unescape(f[6]),
                    requires: requires.map(\.value), summary: unescape(f[8]), keywords: items(f[11]), source: unescape(f[9]),
                    resources: resources, hours: f[10].isEmpty ? nil : Int(f[10]), roadmap: document.id.value, aliases: aliases.map(\.value))
                document.skills.append(DocumentSkill(skill: skill, location: at, stageLocation: stageAt, areaLocation: areaAt, requires: requires, aliases: aliases))
            default:
                return nil
            }
        }
        return document

        func locatedItems(_ text: Substring, _ file: String) -> [Located<String>]? {
            var values: [Located<String>] = []
            for item in split(text, on: UInt8(ascii: "|")) where !item.isEmpty {
                let parts = split(item, on: UInt8(ascii: "^"))
                guard parts.count == 2, let at = spot(parts[1], file) else { return nil }
                values.append(Located(unescape(parts[0]), at: at))
            }
            return values
        }
    }

    /// One line of fields, each already escaped.
    static func record(_ fields: String...) -> String { fields.joined(separator: "\t") }

    static func place(_ location: SourceLocation) -> String { "\(location.line).\(location.column)" }

    /// The inverse of `place`.
    static func spot(_ text: Substring, _ file: String) -> SourceLocation? {
        guard let dot = text.firstIndex(of: "."), let line = Int(text[..<dot]), let column = Int(text[text.index(after: dot)...]) else { return nil }
        return SourceLocation(file: file, line: line, column: column)
    }

    static func list(_ values: [String]) -> String { values.map(escape).joined(separator: "|") }

    static func located(_ values: [Located<String>]) -> String {
        values.map { escape($0.value) + "^" + place($0.location) }.joined(separator: "|")
    }

    static func items(_ text: Substring) -> [String] { split(text, on: UInt8(ascii: "|")).filter { !$0.isEmpty }.map(unescape) }

    static func fields(_ line: Substring) -> [Substring] { split(line, on: UInt8(ascii: "\t")) }

    /// Splits on an ASCII byte through the UTF-8 view: far cheaper than splitting on Characters.
    static func split(_ text: Substring, on separator: UInt8) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = start
        let utf8 = text.utf8
        while index != text.endIndex {
            if utf8[index] == separator {
                parts.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    /// Separators (tab, `|` between list items, `^` within an item) and line breaks inside values become
    /// backslash escapes, so every record stays one printable line.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x7C || $0 == 0x5E }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "|": result += "\\u"
            case "^": result += "\\v"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                case "u": result += "|"
                case "v": result += "^"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
