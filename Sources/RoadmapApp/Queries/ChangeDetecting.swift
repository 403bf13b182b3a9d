import RoadmapCore
import RoadmapStore

/// How the roadmaps the user started have changed since they were last told, and the log of those changes.
public struct ChangeDetecting {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// The changes not yet told, recorded with a snapshot of each changed roadmap as the user is told about it:
    /// a deliberate write after any command, read commands included, so each change is told once. A courtesy:
    /// whatever goes wrong here is no failure, and tells nothing.
    public func recordUntold() -> [RoadmapChange] {
        guard let store = try? session.openForReading(), let catalog = try? session.catalog(),
              let enrolments = try? store.enrolments(), !enrolments.isEmpty,
              let storedKeys = try? store.snapshotKeys()
        else { return [] }
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
        guard !snapshots.isEmpty, let writable = try? session.openForWriting(),
              (try? writable.saveSnapshots(snapshots, changes: changes, at: session.now)) != nil
        else { return [] }
        return changes
    }

    /// `roadmap changes`: the changes found by this very run (`told`, recorded first so they show in the log too),
    /// and the log of every change of the roadmap named, else of all.
    public func changes(_ roadmapID: String? = nil) throws -> (told: [RoadmapChange], log: ChangeLog) {
        if let roadmapID { _ = try session.catalog().requireRoadmap(roadmapID) }
        let told = recordUntold()
        return (told, try session.openForReading()?.changes(roadmap: roadmapID) ?? ChangeLog([]))
    }
}
