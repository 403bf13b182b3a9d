import Foundation

/// The sync repository as one device sees it: a working copy of the remote's `main`, its files by path from the
/// copy's root, and the few git steps a sync takes. `GitWorkingCopy` runs git; tests use an in-memory one that can
/// fail any call, as a crash or a lost connection would.
public protocol GitRemote {
    /// Runs `body` while no other sync of this database runs.
    func withLock<T>(_ body: () throws -> T) throws -> T
    /// Makes the working copy ready to sync with `remote`: created when missing, refused when it holds something else,
    /// a merge an earlier sync left half done started again.
    func prepare(remote: String) throws
    /// Takes what the remote holds now; throws `SyncError.unreachableRemote`.
    func fetch() throws
    /// What was fetched: nothing yet, a sync repository, or something else.
    func fetchedKind() throws -> FetchedRepository
    /// Gives commits an author where the machine has none.
    func ensureIdentity(device: String) throws
    /// Puts these files and folders back as the last commit has them (removed when it has none): what a sync that
    /// stopped half way left there would otherwise stop every later merge.
    func restoreCommitted(_ paths: [String]) throws
    /// Merges what was fetched into the working copy; the files git could not merge, if any (the merge then waits).
    func mergeFetched() throws -> MergeOutcome
    func abortMerge() throws
    /// The committed `devices/` folder's tree, nil before it has one.
    func devicesTree() throws -> String?
    /// Whether files under `folder` differ from the last commit (changed, added or removed).
    func hasChanges(in folder: String) throws -> Bool
    /// Commits every change, or concludes a waiting merge; nothing when nothing changed.
    func commit(message: String, merging: Bool) throws
    /// Whether the last commit holds what the remote lacks.
    func needsPush() throws -> Bool
    /// Pushes the last commit to `main`: false when the remote moved on since the fetch (another device pushed first).
    func push() throws -> Bool

    func read(_ path: String) throws -> Data?
    /// Writes a whole file, making its folder.
    func write(_ data: Data, to path: String) throws
    /// Adds to the end of a file, making it.
    func append(_ data: Data, to path: String) throws
    func remove(_ path: String) throws
    /// The names of the files in `folder`, sorted; none when it is missing.
    func list(_ folder: String) throws -> [String]
}

public enum FetchedRepository: Equatable, Sendable {
    case empty
    case sync
    case other
}

public enum MergeOutcome: Equatable, Sendable {
    /// Nothing to merge, or merged and committed.
    case merged
    /// A merge waits on these files, left with conflict markers.
    case conflicted([String])
}
