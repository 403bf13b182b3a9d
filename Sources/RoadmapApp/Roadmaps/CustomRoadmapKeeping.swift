import Foundation
import RoadmapCore
import RoadmapStore

/// The user's own roadmaps: add one from its YAML (a newer version upgrades it), remove one, fork any into YAML.
public struct CustomRoadmapKeeping {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// What `add` did: the findings to show (nil when the same file was already added), and the addition or
    /// why the file was refused. Nothing is written when refused.
    public struct AddOutcome {
        public var findings: LintReport?
        public var addition: Result<RoadmapAddition, CommandError>
    }

    public func add(file: String) throws -> AddOutcome {
        let text = try ExpectedFile.roadmap.read(file)
        let parsed = RoadmapParser.parse(text, file: file)
        guard let document = parsed.document, !parsed.findings.contains(where: { $0.severity == .error }) else {
            return refusal(parsed.findings, file: file)
        }
        let id = document.id.value
        let stored = try session.openForReading()?.customRoadmaps() ?? []
        let others = stored.filter { $0.id != id }.compactMap(\.readDocument)
        let findings = CatalogAssembly.assemble(custom: others + [document], checkingDocuments: true).findings.filter { $0.location.file == file }
        if findings.contains(where: { $0.severity == .error }) { return refusal(findings, file: file) }
        let existing = stored.first { $0.id == id }
        if let existing {
            if existing.source == text {
                return AddOutcome(findings: nil, addition: .success(RoadmapAddition(
                    roadmap: id, title: document.title, version: existing.version, previousVersion: existing.version,
                    skills: try session.catalog().roadmap(id)?.skillIDs.count ?? 0, recordedNothing: true)))
            }
            guard document.version > existing.version else { throw CommandError.versionNotNewer(roadmap: id, version: existing.version, file: file) }
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
        try session.storage.recordCatalogChange { store in
            try store.saveCustomRoadmap(document, source: text, fileName: name, command: session.command("add"))
        }
        let count = try session.catalog().roadmap(id)?.skillIDs.count ?? 0
        let addition = RoadmapAddition(roadmap: id, title: document.title, version: document.version, previousVersion: existing?.version, skills: count)
        return AddOutcome(findings: LintReport(findings: findings, files: 1), addition: .success(addition))
    }

    private func refusal(_ findings: [Finding], file: String) -> AddOutcome {
        let report = LintReport(findings: findings, files: 1)
        return AddOutcome(findings: report, addition: .failure(.notAdded(file: file, errors: report.errors)))
    }

    public func remove(_ roadmapID: String) throws -> RoadmapRemoval {
        let found = try session.catalog().requireRoadmap(roadmapID)
        if found.isBuiltin { throw CommandError.builtinRoadmap(roadmapID) }
        _ = try session.storage.recordCatalogChange { store in
            try store.removeCustomRoadmap(id: found.id, command: session.command("remove"))
        }
        return RoadmapRemoval(roadmap: found.id, skills: found.skillIDs.count)
    }

    /// A roadmap copied as YAML under `id` (default: my-ROADMAP), written to `output` when given (refused when
    /// it exists, unless `force`), else returned.
    public func fork(_ roadmapID: String, id: String? = nil, output: String? = nil, force: Bool = false) throws -> OutputText {
        let catalog = try session.catalog()
        let original = try catalog.requireRoadmap(roadmapID)
        let newID = id ?? "my-\(original.id)"
        guard Identifier.isRoadmapID(newID) else { throw CommandError.invalidRoadmapID(newID) }
        if catalog.roadmap(newID) != nil { throw CommandError.roadmapExists(newID) }
        try OutputFile.checkFree(output, force: force)
        let text = RoadmapFork.yaml(original, in: catalog, id: newID, date: session.today)
        return try OutputText.deliver(text, to: output, privately: false)
    }
}
