import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap sync`: the database's sync folder and remote worked out, then one `Synchronization` over git.
public struct Syncing {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// `remote` as the user typed it, relative to `directory`; nil: the one recorded. `variables`: the environment git runs in.
    public func sync(
        remote given: String?, from directory: String, database: DatabaseLocation, variables: [String: String], progress: WorkProgress? = nil
    ) throws -> SyncOutcome {
        let folder = SyncFolder.location(ofDatabase: database.path, isExplicit: database.isExplicit)
        guard GitWorkingCopy.isGitInstalled(variables: variables) else { throw SyncError.gitMissing }
        return try session.storage.recordCatalogChange { store in
            // git runs in the sync folder: a relative path given here means where the user typed it.
            guard let remote = try given.map({ SyncRemote.resolved($0, from: directory) }) ?? store.syncState().remote else {
                throw SyncError.noSyncRemote
            }
            return try Synchronization(
                store: store, copy: GitWorkingCopy(folder: folder, remote: remote, variables: variables), remote: remote,
                folder: folder, now: { session.now }
            ) { done, total in
                if total >= LargeWork.events { progress?(done < total ? (done, total) : nil) }
            }.run()
        }
    }
}
