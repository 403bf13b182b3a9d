import Foundation
import RoadmapCore
import RoadmapStore

/// After a command succeeds: tell the user, once, in one line, how the roadmaps they started have changed.
enum ChangeNotice {
    static func tell(_ context: CommandContext) {
        // A notice is a courtesy: whatever goes wrong here must not turn a successful command into a failure.
        guard let store = try? context.openForReading(), let catalog = try? context.catalog(),
              let enrolments = try? store.enrolments(), !enrolments.isEmpty,
              let storedKeys = try? store.snapshotKeys()
        else { return }
        var snapshots: [RoadmapSnapshot] = []
        var changes: [RoadmapChange] = []
        for enrolment in enrolments {
            guard let roadmap = catalog.roadmap(enrolment.roadmap) else { continue }
            let key = RoadmapSnapshot.contentKey(roadmap, in: catalog)
            if storedKeys[roadmap.id] == key { continue }
            let snapshot = RoadmapSnapshot(roadmap, in: catalog)
            snapshots.append(snapshot)
            guard let previous = try? store.snapshot(of: roadmap.id), let change = RoadmapChange.between(previous, snapshot) else { continue }
            changes.append(change)
        }
        guard !snapshots.isEmpty, let writable = try? context.openForWriting(),
              (try? writable.saveSnapshots(snapshots, changes: changes, at: context.now)) != nil
        else { return }
        for change in changes {
            context.terminal.notice(change.notice)
        }
    }
}
