import Foundation
import RoadmapCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database file on disk, before SQLite sees it: where it lives, who may read it.
enum DatabaseFile {
    /// Creates missing folders (0700) and an empty database file (0600), so progress is private from the first byte.
    /// SQLite gives its journal the database file's mode, so the journal stays private too.
    /// Existing folders and files keep their permissions.
    static func create(path: String) throws {
        try createFolders(for: path)
        let failure = createPrivate(path: path)
        if failure != 0 && failure != EEXIST { throw StoreError.cannotCreate(path: path, reason: reason(failure)) }
        // A new database: what an import killed while building one here left (Ctrl-C) goes, import or not.
        if failure == 0 { NewDatabaseFile.removeLeft(beside: path) }
    }

    /// Creates an empty file at `path` with mode 0600, never opening one that exists (EEXIST): 0, or why not (errno).
    static func createPrivate(path: String) -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        // The umask may have removed bits we need; 0600 exactly.
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
        return 0
    }

    /// Whether nothing at all is at `path`, not even an empty file or a link to nothing.
    static func isAbsent(path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) != 0 && errno == ENOENT
    }

    /// Nil when nothing is at `path`; an empty file counts as no database yet.
    static func size(path: String) throws -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.cannotOpen(path: path)
        }
        // A folder or device is no database, whatever its size.
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.notADatabase(path: path) }
        return Int64(info.st_size)
    }

    /// False for a non-empty file that does not start like an SQLite database. SQLite itself would take
    /// a file shorter than one page for an empty database and overwrite it.
    static func looksLikeSQLite(path: String) throws -> Bool {
        guard let size = try size(path: path), size > 0 else { return true }
        guard size >= 512 else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.cannotOpen(path: path) }
        defer { try? handle.close() }
        let header = try handle.read(upToCount: 16) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }

    /// Whether roadmap can write the file and, for SQLite's journal, its folder.
    /// Returns the first path that is read-only, or nil when both are writable.
    static func readOnlyPart(of path: String) -> String? {
        if access(path, W_OK) != 0 { return path }
        let folder = Self.folder(of: path)
        if access(folder, W_OK) != 0 { return folder }
        return nil
    }

    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    static func createFolders(for path: String) throws {
        var missing: [String] = []
        var folder = Self.folder(of: path)
        while access(folder, F_OK) != 0, folder != "/", !folder.isEmpty {
            missing.append(folder)
            folder = Self.folder(of: folder)
        }
        for folder in missing.reversed() {
            if mkdir(folder, 0o700) == 0 {
                // The umask may have removed bits we need; 0700 exactly.
                _ = chmod(folder, 0o700)
            } else if errno != EEXIST {
                throw StoreError.cannotCreate(path: folder, reason: reason(errno))
            }
        }
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
