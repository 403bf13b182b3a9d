import RoadmapCore
import RoadmapStore

/// The database of one session and the catalog assembled from it, each opened at most once. The order a
/// session needs is kept here, not by its callers: a read never creates the file, a write opens it (once),
/// and the catalog is assembled again only after `recordCatalogChange`, the one way to change it.
public final class SessionStorage {
    public let path: String
    /// Run before the file is opened at all: an explicit path whose folder is missing is refused here.
    private let check: () throws -> Void
    /// Told when the store is opened, and whether opening it created the database file.
    private let opened: (ProgressStore, _ created: Bool) -> Void
    private var store: ProgressStore?
    private var storeIsWritable = false
    private var lookedForStore = false
    private var assembled: Catalog?

    public init(path: String, check: @escaping () throws -> Void = {}, opened: @escaping (ProgressStore, Bool) -> Void = { _, _ in }) {
        (self.path, self.check, self.opened) = (path, check, opened)
    }

    /// The store this session opened, if it opened one; opens nothing.
    public var openedStore: ProgressStore? { store }

    /// The store for a read; nil when nothing has been recorded yet, and never creates it.
    public func openForReading() throws -> ProgressStore? {
        if lookedForStore { return store }
        try check()
        store = try ProgressStore.openExisting(path: path)
        lookedForStore = true
        if let store { opened(store, false) }
        return store
    }

    /// The store for an action that records; created on first use. A use case calls it only after its input rules passed.
    public func openForWriting() throws -> ProgressStore {
        if let store, storeIsWritable { return store }
        try check()
        return try open(created: DatabaseLocation(path: path, isExplicit: false).isNew)
    }

    private func open(created: Bool) throws -> ProgressStore {
        let writable = try ProgressStore(path: path)
        (store, storeIsWritable, lookedForStore) = (writable, true, true)
        opened(writable, created)
        return writable
    }

    /// The built-in roadmaps and the ones the user added, assembled once a session.
    /// - Parameter skillsWhenAsked: for an action about a few skills: a custom roadmap's skills are read when first
    ///   asked for (`CompiledRoadmap.decode(_:skillsWhenAsked:)`). Either way the catalog is the same.
    public func catalog(skillsWhenAsked: Bool = false) throws -> Catalog {
        if let assembled { return assembled }
        let store = try openForReading()
        let assembly = try CatalogAssembly.catalog(store: store, skillsWhenAsked: skillsWhenAsked)
        if let store { CatalogAssembly.keepParsedDocuments(assembly.parsed, in: store) }
        assembled = assembly.catalog
        return assembly.catalog
    }

    /// Nothing at all is at the path yet: `recordCatalogChangeInNewDatabase` may make it.
    public var databaseIsAbsent: Bool { store == nil && ProgressStore.nothingIsAt(path: path) }

    /// Records something that changes the catalog into a database made whole for it (`ProgressStore.createWhole`):
    /// nil, with nothing changed, when there is one at the path, or one appeared meanwhile. Then it is this session's,
    /// opened for writing.
    public func recordCatalogChangeInNewDatabase<Result>(_ record: (ProgressStore) throws -> Result) throws -> Result? {
        guard databaseIsAbsent else { return nil }
        try check()
        guard let result = try ProgressStore.createWhole(path: path, record) else { return nil }
        assembled = nil
        _ = try open(created: true)
        return result
    }

    /// Records something that changes the catalog itself (a roadmap added, removed, imported or synced); the
    /// catalog is assembled again when next asked.
    public func recordCatalogChange<Result>(_ record: (ProgressStore) throws -> Result) throws -> Result {
        let store = try openForWriting()
        defer { assembled = nil }
        return try record(store)
    }
}
