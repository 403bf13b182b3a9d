import RoadmapCore
import RoadmapStore

/// `roadmap doctor`: what the database file is and what is wrong with it. Creates, upgrades and changes nothing.
public struct DatabaseCheckup {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func run(source: DoctorReport.Source) throws -> DoctorReport {
        let facts = ProgressStore.inspect(path: session.storage.path)
        // The user's roadmaps count only when the database opens as it is; else the built-ins are compared alone.
        let isCurrent = facts.readability == .readable && facts.schema == ProgressStore.schemaVersion
        let catalog = (isCurrent ? try? session.catalog() : nil) ?? CatalogAssembly.assemble().catalog
        let keys = Dictionary(uniqueKeysWithValues: catalog.roadmaps.map { ($0.id, RoadmapSnapshot.contentKey($0, in: catalog)) })
        var report = DoctorReport(facts, source: source, currentSchema: ProgressStore.schemaVersion, currentKeys: keys)
        // Read only from a database that opens as it is, so doctor never upgrades it.
        if isCurrent, let state = try? session.openForReading()?.syncState() { report.sync = SyncReminder(state, now: session.now) }
        return report
    }
}
