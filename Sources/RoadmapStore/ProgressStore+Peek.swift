import Foundation
import GRDB

extension ProgressStore {
    /// The database opened read-only for a glance, or nil when there is none, it is not ours, it needs an
    /// upgrade, or a writer holds it: shell completion must never create, migrate or wait on the file.
    public static func peek(path: String) -> ProgressStore? {
        guard let size = try? DatabaseFile.size(path: path), size > 0,
              (try? DatabaseFile.looksLikeSQLite(path: path)) == true
        else { return nil }
        var configuration = Configuration()
        configuration.label = "roadmap completion"
        configuration.readonly = true
        // A key press waits a moment at most; the candidates from the built-ins still come.
        configuration.busyMode = .timeout(0.2)
        guard let dbQueue = try? DatabaseQueue(path: path, configuration: configuration),
              (try? dbQueue.read({ try StoredSchema.inspect($0, path: path) })) == .current
        else { return nil }
        return ProgressStore(dbQueue: dbQueue, path: path)
    }
}
