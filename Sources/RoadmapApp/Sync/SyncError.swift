import RoadmapCore

/// What can stop a sync, each a one-line message naming the fix. Nothing in the database changes when one is thrown
/// before the device files are applied; after, what was applied stands and waits for the next sync.
public enum SyncError: Error, Equatable, CustomStringConvertible {
    /// `roadmap sync` with no REMOTE, and none recorded.
    case noSyncRemote
    case gitMissing
    case notSyncRepository(remote: String)
    /// The sync folder beside the database holds something that is not a roadmap sync working copy.
    case notSyncFolder(String)
    case unreachableRemote(remote: String, reason: String)
    case invalidDeviceLine(file: String, line: Int, reason: String, folder: String)
    case syncConflict(remote: String, files: [String], folder: String)
    case pushRejected(remote: String, attempts: Int)
    case gitFailed(folder: String, what: String, reason: String)
    case unwritableSyncFolder(String, reason: String)
    case noDeviceID

    public var description: String {
        switch self {
        case .noSyncRemote:
            return "no sync remote recorded yet; give one: 'roadmap sync REMOTE' (a git URL or a path to a repository)"
        case .gitMissing:
            return "git is not installed; install it (sudo apt-get install git) to sync"
        case let .notSyncRepository(remote):
            return "'\(remote)' is not a roadmap sync repository; give an empty repository or one made by roadmap sync"
        case let .notSyncFolder(folder):
            return "'\(folder)' holds something that is not a roadmap sync working copy; move it aside and sync again"
        case let .unreachableRemote(remote, reason):
            return "cannot reach '\(remote)': \(reason); nothing changed here, sync again when it is reachable"
        case let .invalidDeviceLine(file, line, reason, folder):
            return "\(file) line \(line): \(reason); nothing was imported; restore the file from git history "
                + "(git -C \(folder.shellQuoted) checkout -- \(file))"
        case let .syncConflict(remote, files, folder):
            return "merging '\(remote)' conflicts in \(files.joined(separator: ", ")) (edited by hand?); nothing was imported; "
                + "see 'git -C \(folder.shellQuoted) log -- \(files[0])'"
        case let .pushRejected(remote, attempts):
            return "'\(remote)' kept changing while syncing (\(attempts) attempts); your commands are kept here, run 'roadmap sync' again"
        case let .gitFailed(folder, what, reason):
            return "\(what) failed in \(folder): \(reason)"
        case let .unwritableSyncFolder(folder, reason):
            return "cannot use the sync folder '\(folder)': \(reason)"
        case .noDeviceID:
            return "the database gave no device id; run 'roadmap doctor' to check it"
        }
    }
}
