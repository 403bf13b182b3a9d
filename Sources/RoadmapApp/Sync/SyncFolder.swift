import Foundation

/// Where a database's sync working copy lives: beside it, private to the user.
public enum SyncFolder {
    /// `$XDG_DATA_HOME/roadmap/sync` for the default database, else `<database>.sync` (--db, $ROADMAP_DB: `isExplicit`).
    public static func location(ofDatabase path: String, isExplicit: Bool) -> String {
        guard !isExplicit else { return path + ".sync" }
        return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("sync").path
    }

    /// Made with mode 0700 when missing.
    static func create(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw SyncError.notSyncFolder(folder) }
            return
        }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw SyncError.unwritableSyncFolder(folder, reason: String(cString: strerror(errno)))
        }
    }
}

/// An exclusive `flock` on a file in the sync folder, so two syncs on one device run one after the other.
final class SyncLock {
    static let fileName = ".roadmap-sync.lock"
    private var descriptor: Int32

    init(folder: String) throws {
        descriptor = open(folder + "/" + Self.fileName, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SyncError.unwritableSyncFolder(folder, reason: String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw SyncError.unwritableSyncFolder(folder, reason: reason)
            }
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
