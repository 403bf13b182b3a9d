import Foundation
import RoadmapCore
import RoadmapStore

/// A session over a database file for one action of a front other than the command line (the page server):
/// its clock is fixed when it is made, and `arguments` is the command line that records the same thing, which
/// `history` shows.
public final class DatabaseSession: Session {
    public let path: String
    public let now: Date
    public let timeZone: TimeZone
    let arguments: [String]

    private var store: ProgressStore?
    private var storeIsWritable = false
    private var lookedForStore = false
    private var cachedCatalog: Catalog?

    public init(path: String, now: Date = Date(), timeZone: TimeZone = .current, arguments: [String] = []) {
        (self.path, self.now, self.timeZone, self.arguments) = (path, now, timeZone, arguments)
    }

    public func openForWriting() throws -> ProgressStore {
        if let store, storeIsWritable { return store }
        let opened = try ProgressStore(path: path)
        (store, storeIsWritable, lookedForStore) = (opened, true, true)
        return opened
    }

    public func openForReading() throws -> ProgressStore? {
        if lookedForStore { return store }
        store = try ProgressStore.openExisting(path: path)
        lookedForStore = true
        return store
    }

    public func catalog() throws -> Catalog {
        if let cachedCatalog { return cachedCatalog }
        let catalog = try CatalogAssembly.catalog(store: openForReading())
        cachedCatalog = catalog
        return catalog
    }

    public func command(_ name: String) -> CommandInfo {
        CommandInfo(name: name, arguments: ["roadmap"] + arguments, at: now)
    }
}
