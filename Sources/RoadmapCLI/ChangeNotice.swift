import Foundation
import RoadmapCore
import RoadmapStore

/// After a command succeeds: tell the user, once, in one line, how the roadmaps they started have changed.
enum ChangeNotice {
    static func tell(_ context: CommandContext) {
        // A notice is a courtesy: whatever goes wrong here must not turn a successful command into a failure.
        guard let store = try? context.openForReading(), let catalog = try? context.catalog(),
              let enrolments = try? store.enrolments(), !enrolments.isEmpty,
              let stored = try? store.snapshots()
        else { return }
        var snapshots: [StoredSnapshot] = []
        var changes: [StoredChange] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for enrolment in enrolments {
            guard let roadmap = catalog.roadmap(enrolment.roadmap) else { continue }
            let key = RoadmapSnapshot.contentKey(roadmap, in: catalog)
            if stored[roadmap.id]?.contentKey == key { continue }
            let snapshot = RoadmapSnapshot(roadmap, in: catalog)
            guard let skills = try? encoder.encode(snapshot.skills) else { continue }
            snapshots.append(StoredSnapshot(roadmap: roadmap.id, contentKey: key, skills: String(decoding: skills, as: UTF8.self)))
            guard let previous = stored[roadmap.id],
                  let oldSkills = try? JSONDecoder().decode([String: RoadmapSnapshot.Entry].self, from: Data(previous.skills.utf8)),
                  let change = RoadmapChange.between(RoadmapSnapshot(roadmap: roadmap.id, contentKey: previous.contentKey, skills: oldSkills), snapshot),
                  let details = try? encoder.encode(change)
            else { continue }
            changes.append(StoredChange(roadmap: roadmap.id, detectedAt: context.now, details: String(decoding: details, as: UTF8.self)))
        }
        guard !snapshots.isEmpty, let writable = try? context.openForWriting(),
              (try? writable.saveSnapshots(snapshots, changes: changes, at: context.now)) != nil
        else { return }
        for change in changes {
            if let details = try? JSONDecoder().decode(RoadmapChange.self, from: Data(change.details.utf8)) {
                context.terminal.notice(details.notice)
            }
        }
    }
}
