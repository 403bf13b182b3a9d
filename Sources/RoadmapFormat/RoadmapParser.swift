import Foundation
import Yams

/// Reads one roadmap file's YAML into a `RoadmapDocument`, reporting every problem with its place.
public enum RoadmapParser {
    public static func parse(_ text: String, file: String) -> (document: RoadmapDocument?, findings: [Finding]) {
        var reader = NodeReader(file: file)
        let root: Node?
        do {
            // The basic resolver skips Yams' per-scalar regular expressions (most of the parse time); types are checked here.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return (nil, [reader.finding(for: error, in: text)])
        } catch {
            return (nil, [Finding(.error, at: reader.start, "cannot read YAML: \(error)")])
        }
        guard let root else {
            return (nil, [Finding(.error, at: reader.start, "empty file: a roadmap needs id, title, version, stages and skills")])
        }
        let document = reader.document(root)
        return (document, reader.findings)
    }
}

private let roadmapKeys: Set<String> = ["id", "title", "summary", "version", "stages", "areas", "include", "skills"]
private let stageKeys: Set<String> = ["id", "title", "summary", "job_titles"]
private let areaKeys: Set<String> = ["id", "title", "summary"]
private let skillKeys: Set<String> = [
    "id", "title", "area", "stage", "requires", "summary", "keywords", "source", "resources", "hours", "aliases",
    "elective", "one_of",
]
private let resourceKeys: Set<String> = ["title", "url", "kind"]

/// Walks the YAML node tree, collecting findings instead of stopping at the first problem.
private struct NodeReader {
    let file: String
    var findings: [Finding] = []

    init(file: String) { self.file = file }

    /// A plain `~`, `null` or empty value: YAML's null, which the basic resolver leaves untyped.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return start }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func error(_ node: Node, _ message: String) {
        findings.append(Finding(.error, at: location(node), message))
    }

    func finding(for error: YamlError, in text: String) -> Finding {
        switch error {
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            return Finding(.error, at: duplicateLocation(of: key, after: context.mark, in: text), "duplicate key '\(key)'")
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Finding(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), "invalid YAML: \(problem)")
        case let .reader(problem, _, _, _):
            return Finding(.error, at: start, "cannot read file: \(problem)")
        default:
            return Finding(.error, at: start, "invalid YAML: \(error)")
        }
    }

    /// Where a key appears again in the same mapping (Yams reports only the first use).
    func duplicateLocation(of key: String, after first: Mark, in text: String) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = max(first.column - 1, 0)
        // Yams also breaks lines at '\r' and U+2028, so its line may lie past the last '\n'.
        for number in min(max(first.line, 0), lines.count)..<lines.count {
            let line = lines[number]
            let leading = line.prefix { $0 == " " }.count
            if leading < indent && !line.allSatisfy({ $0 == " " }) && !line.dropFirst(leading).hasPrefix("#") { break }
            if leading == indent && line.dropFirst(indent).hasPrefix(key + ":") {
                return SourceLocation(file: file, line: number + 1, column: indent + 1)
            }
        }
        return SourceLocation(file: file, line: first.line, column: first.column)
    }

    /// The mapping's entries by key; reports non-mappings, duplicate and unknown keys.
    mutating func fields(_ node: Node, known: Set<String>, what: String) -> [String: (key: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            error(node, "expected \(what) as a mapping of keys to values")
            return nil
        }
        // Sized at once: grown from empty, a skill's dozen keys rehashed it four times (large roadmap: 150 M instructions).
        var fields = [String: (key: Node, value: Node)](minimumCapacity: mapping.count)
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error(key, "expected a plain key in \(what)")
                continue
            }
            if fields[name] != nil {
                error(key, "duplicate key '\(name)' in \(what)")
                continue
            }
            if !known.contains(name) {
                findings.append(Finding(.warning, at: location(key), "unknown key '\(name)' in \(what) (known: \(known.sorted().joined(separator: ", ")))"))
            }
            fields[name] = (key, value)
        }
        return fields
    }

    mutating func string(_ fields: [String: (key: Node, value: Node)], _ key: String, in what: String, owner: Node, required: Bool) -> Located<String>? {
        guard let entry = fields[key] else {
            if required { error(owner, "\(what) has no '\(key)'") }
            return nil
        }
        guard let scalar = entry.value.scalar, !Self.isNull(entry.value) || !scalar.string.isEmpty else {
            if entry.value.scalar == nil {
                error(entry.value, "expected text for '\(key)' in \(what)")
            } else if required {
                error(entry.value, "empty \(key) in \(what)")
            }
            return entry.value.scalar == nil ? nil : Located("", at: location(entry.value))
        }
        let text = scalar.string.trimmed
        if required && text.isEmpty { error(entry.value, "empty \(key) in \(what)") }
        return Located(text, at: location(entry.value))
    }

    mutating func strings(_ fields: [String: (key: Node, value: Node)], _ key: String, in what: String) -> [Located<String>] {
        guard let entry = fields[key] else { return [] }
        if Self.isNull(entry.value) { return [] }
        guard let sequence = entry.value.sequence else {
            error(entry.value, "expected a list for '\(key)' in \(what)")
            return []
        }
        var values: [Located<String>] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmed, !text.isEmpty else {
                error(item, "expected non-empty text in '\(key)' of \(what)")
                continue
            }
            values.append(Located(text, at: location(item)))
        }
        return values
    }

    /// `requires`: skill ids and choices (`{any: [id, id]}`), and every id named with its place. A choice must name
    /// two or more distinct skills and nothing else; a malformed entry is reported and left out.
    mutating func prerequisites(_ fields: [String: (key: Node, value: Node)], in what: String) -> ([Prerequisite], [Located<String>]) {
        guard let entry = fields["requires"], !Self.isNull(entry.value) else { return ([], []) }
        guard let sequence = entry.value.sequence else {
            error(entry.value, "expected a list for 'requires' in \(what)")
            return ([], [])
        }
        var prerequisites: [Prerequisite] = [], located: [Located<String>] = []
        var plain: Set<String> = []
        var choices: [(node: Node, ids: [Located<String>])] = []
        for item in sequence {
            if item.mapping != nil {
                if let ids = choice(item, in: what) {
                    prerequisites.append(.any(ids.map(\.value)))
                    located += ids
                    choices.append((item, ids))
                }
                continue
            }
            guard let text = item.scalar?.string.trimmed, !text.isEmpty else {
                error(item, "expected a skill id or a choice {any: [id, id]} in 'requires' of \(what)")
                continue
            }
            prerequisites.append(.skill(text))
            located.append(Located(text, at: location(item)))
            plain.insert(text)
        }
        for (node, ids) in choices {
            if let already = ids.first(where: { plain.contains($0.value) }) {
                findings.append(Finding(.warning, at: location(node), "the choice of \(what) is always met: '\(already.value)' is also required on its own"))
            }
        }
        return (prerequisites, located)
    }

    /// `{any: [id, id, …]}`: its ids, or nil (reported) when it is not one.
    mutating func choice(_ node: Node, in what: String) -> [Located<String>]? {
        let shape = "a choice is {any: [id, id, …]}"
        var ids: [Located<String>]?
        for (key, value) in node.mapping! {
            guard key.scalar?.string == "any" else {
                error(key, "unknown key '\(key.scalar?.string ?? "?")' in a choice of \(what) (\(shape))")
                return nil
            }
            guard let sequence = value.sequence else {
                error(value, "expected a list of skill ids for 'any' in a choice of \(what)")
                return nil
            }
            var found: [Located<String>] = []
            for item in sequence {
                guard let text = item.scalar?.string.trimmed, !text.isEmpty else {
                    error(item, item.mapping != nil || item.sequence != nil
                        ? "choices do not nest: expected a skill id in 'any' of \(what)"
                        : "expected a skill id in 'any' of \(what)")
                    return nil
                }
                if found.contains(where: { $0.value == text }) {
                    error(item, "'\(text)' is listed twice in a choice of \(what)")
                    return nil
                }
                found.append(Located(text, at: location(item)))
            }
            ids = found
        }
        guard let ids else {
            error(node, "a choice of \(what) has no 'any' (\(shape))")
            return nil
        }
        guard ids.count >= 2 else {
            error(node, "a choice of \(what) names \(ids.count == 0 ? "no skill" : "one skill"); it needs two or more (one skill is a plain prerequisite)")
            return nil
        }
        return ids
    }

    mutating func list(_ fields: [String: (key: Node, value: Node)], _ key: String, in what: String, owner: Node, required: Bool) -> [Node] {
        guard let entry = fields[key] else {
            if required { error(owner, "\(what) has no '\(key)'") }
            return []
        }
        if Self.isNull(entry.value) { return [] }
        guard let sequence = entry.value.sequence else {
            error(entry.value, "expected a list for '\(key)' in \(what)")
            return []
        }
        return Array(sequence)
    }

    /// `true` or `false` (YAML's other spellings of them too); nil when absent or reported.
    mutating func boolean(_ fields: [String: (key: Node, value: Node)], _ key: String, in what: String) -> Bool? {
        guard let entry = fields[key] else { return nil }
        switch entry.value.scalar?.string {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default:
            error(entry.value, "expected true or false for '\(key)' in \(what)")
            return nil
        }
    }

    mutating func integer(_ fields: [String: (key: Node, value: Node)], _ key: String, in what: String, owner: Node, required: Bool) -> Int? {
        guard let entry = fields[key] else {
            if required { error(owner, "\(what) has no '\(key)'") }
            return nil
        }
        guard let value = entry.value.wholeNumber, value >= 0, entry.value.scalar?.string.utf8.contains(UInt8(ascii: ".")) == false else {
            error(entry.value, "expected a whole number for '\(key)' in \(what)")
            return nil
        }
        return value
    }

    mutating func document(_ root: Node) -> RoadmapDocument? {
        guard let fields = fields(root, known: roadmapKeys, what: "the roadmap") else { return nil }
        let id = string(fields, "id", in: "the roadmap", owner: root, required: true)
        if let id, !id.value.isEmpty, !Identifier.isRoadmapID(id.value) {
            findings.append(Finding(.error, at: id.location, "roadmap id '\(id.value)' must be lower-case letters, digits and '-', with no dots"))
        }
        let title = string(fields, "title", in: "the roadmap", owner: root, required: true)
        let summary = string(fields, "summary", in: "the roadmap", owner: root, required: false)
        let version = integer(fields, "version", in: "the roadmap", owner: root, required: true)
        let roadmapID = id?.value ?? ""

        var stages: [Located<Stage>] = []
        let stageNodes = list(fields, "stages", in: "the roadmap", owner: root, required: true)
        if fields["stages"] != nil && stageNodes.isEmpty {
            error(fields["stages"]!.value, "the roadmap needs at least one stage")
        }
        for node in stageNodes {
            guard let f = self.fields(node, known: stageKeys, what: "a stage") else { continue }
            guard let stageID = string(f, "id", in: "a stage", owner: node, required: true) else { continue }
            let what = "stage '\(stageID.value)'"
            let title = string(f, "title", in: what, owner: node, required: true)
            let summary = string(f, "summary", in: what, owner: node, required: false)
            let jobTitles = strings(f, "job_titles", in: what)
            stages.append(Located(Stage(id: stageID.value, title: title?.value ?? "", summary: summary?.value ?? "", jobTitles: jobTitles.map(\.value)), at: stageID.location))
        }

        var areas: [Located<Area>] = []
        for node in list(fields, "areas", in: "the roadmap", owner: root, required: false) {
            guard let f = self.fields(node, known: areaKeys, what: "an area") else { continue }
            guard let areaID = string(f, "id", in: "an area", owner: node, required: true) else { continue }
            let what = "area '\(areaID.value)'"
            let title = string(f, "title", in: what, owner: node, required: true)
            let summary = string(f, "summary", in: what, owner: node, required: false)
            areas.append(Located(Area(id: areaID.value, title: title?.value ?? "", summary: summary?.value ?? ""), at: areaID.location))
        }

        let includes = strings(fields, "include", in: "the roadmap")
        var skills: [DocumentSkill] = []
        let skillNodes = list(fields, "skills", in: "the roadmap", owner: root, required: includes.isEmpty)
        for node in skillNodes {
            if let skill = skill(node, roadmap: roadmapID) { skills.append(skill) }
        }

        guard let id, let title, let version else { return nil }
        return RoadmapDocument(
            file: file, location: location(root), id: id, title: title.value, summary: summary?.value ?? "",
            version: version, stages: stages, areas: areas, includes: includes, skills: skills)
    }

    mutating func skill(_ node: Node, roadmap: String) -> DocumentSkill? {
        guard let f = fields(node, known: skillKeys, what: "a skill") else { return nil }
        guard let id = string(f, "id", in: "a skill", owner: node, required: true), !id.value.isEmpty else { return nil }
        if !Identifier.isSkillID(id.value) {
            findings.append(Finding(.error, at: id.location, "skill id '\(id.value)' must be dotted lower-case segments, like 'python.numpy'"))
        }
        let what = "skill '\(id.value)'"
        let title = string(f, "title", in: what, owner: node, required: true)
        let area = string(f, "area", in: what, owner: node, required: true)
        let stage = string(f, "stage", in: what, owner: node, required: true)
        let summary = string(f, "summary", in: what, owner: node, required: false)
        let source = string(f, "source", in: what, owner: node, required: false)
        let (prerequisites, requires) = self.prerequisites(f, in: what)
        let aliases = strings(f, "aliases", in: what)
        for alias in aliases where !Identifier.isSkillID(alias.value) {
            findings.append(Finding(.error, at: alias.location, "alias '\(alias.value)' of \(what) must be a dotted skill id, like 'python.numpy'"))
        }
        let keywords = strings(f, "keywords", in: what)
        let hours = integer(f, "hours", in: what, owner: node, required: false)
        var resources: [Resource] = []
        for resourceNode in list(f, "resources", in: what, owner: node, required: false) {
            guard let r = fields(resourceNode, known: resourceKeys, what: "a resource of \(what)") else { continue }
            let rTitle = string(r, "title", in: "a resource of \(what)", owner: resourceNode, required: true)
            let url = string(r, "url", in: "a resource of \(what)", owner: resourceNode, required: true)
            let kindText = string(r, "kind", in: "a resource of \(what)", owner: resourceNode, required: true)
            if let url, !url.value.isEmpty, !(url.value.hasPrefix("https://") || url.value.hasPrefix("http://")) {
                findings.append(Finding(.error, at: url.location, "resource url '\(url.value)' must start with http:// or https://"))
            }
            var kind: Resource.Kind?
            if let kindText, !kindText.value.isEmpty {
                kind = Resource.Kind(rawValue: kindText.value)
                if kind == nil {
                    findings.append(Finding(.error, at: kindText.location, "unknown resource kind '\(kindText.value)' (known: \(Resource.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
            }
            if let rTitle, let url, let kind { resources.append(Resource(title: rTitle.value, url: url.value, kind: kind)) }
        }
        let elective = boolean(f, "elective", in: what) ?? false
        let oneOf = string(f, "one_of", in: what, owner: node, required: false)
        if let oneOf, !Identifier.isRoadmapID(oneOf.value) {
            findings.append(Finding(.error, at: oneOf.location, "group '\(oneOf.value)' in 'one_of' of \(what) must be lower-case letters, digits and '-', like 'cloud-provider'"))
        }
        if elective, let oneOf {
            findings.append(Finding(.error, at: oneOf.location, "\(what) is both an elective and one of group '\(oneOf.value)': a group's skills are already optional but for one; give one key"))
        }
        guard let area, let stage else { return nil }
        let skill = Skill(
            id: id.value, title: title?.value ?? "", area: area.value, stage: stage.value,
            requires: prerequisites, summary: summary?.value ?? "", keywords: keywords.map(\.value),
            source: source?.value ?? "", resources: resources, hours: hours, roadmap: roadmap, aliases: aliases.map(\.value),
            elective: elective, oneOf: oneOf.flatMap { $0.value.isEmpty ? nil : $0.value })
        return DocumentSkill(skill: skill, location: id.location, stageLocation: stage.location, areaLocation: area.location, requires: requires, aliases: aliases)
    }
}

extension Node {
    /// Yams' `int` of the node; plain decimal digits read directly, as Yams reads them (its reading copies the text and
    /// tries four prefixes: 14,500 instructions an `hours`). A leading 0 is Yams' octal, so it is left to Yams.
    var wholeNumber: Int? {
        if let scalar, scalar.style == .plain || scalar.style == .any {
            let digits = scalar.string.utf8
            if let first = digits.first, first != UInt8(ascii: "0"), digits.count <= 18,
                digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
            {
                return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            }
        }
        return int
    }
}
