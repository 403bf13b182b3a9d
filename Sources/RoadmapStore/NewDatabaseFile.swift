import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProgressStore {
    /// Whether nothing at all is at `path` (not even an empty file): a database made there is new.
    public static func nothingIsAt(path: String) -> Bool { DatabaseFile.isAbsent(path: path) }

    /// A new database at `path`, made by `build` in a file of its own beside it and put in place whole once `build`
    /// returned: no other roadmap sees it half made, and a throw (or a kill) leaves nothing at `path`. Nil, with the
    /// file removed, when anything is at `path` or appeared there meanwhile (putting it in place never replaces).
    /// The store `build` is handed names the file it is built in; `path`'s folders are made as for any new database.
    public static func createWhole<Result>(path: String, _ build: (ProgressStore) throws -> Result) throws -> Result? {
        guard DatabaseFile.isAbsent(path: path) else { return nil }
        let file = try NewDatabaseFile(for: path)
        do {
            let store = try ProgressStore(path: file.building)
            let result = try build(store)
            // Closed before it is put in place: no connection of this process is left on it, so nothing is held open.
            try store.close()
            return try file.putInPlace() ? result : nil
        } catch {
            file.discard()
            throw error
        }
    }
}

/// The file a new database is built in, `PATH.new-PID-RANDOM` beside the `PATH` it is for, mode 0600.
struct NewDatabaseFile {
    let path: String
    let building: String

    /// Makes `path`'s folders and the file to build in, after removing those that processes now gone left beside it.
    init(for path: String) throws {
        self.path = path
        building = path + Self.infix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try DatabaseFile.createFolders(for: path)
        Self.removeLeft(beside: path)
        let failure = DatabaseFile.createPrivate(path: building)
        guard failure == 0 else { throw StoreError.cannotCreate(path: building, reason: DatabaseFile.reason(failure)) }
    }

    /// Links the built file at `path`, which never replaces what is there (then false, the file removed), and
    /// removes its building name. The folder is synced so the new name outlives a power cut.
    func putInPlace() throws -> Bool {
        defer { discard() }
        guard link(building, path) == 0 else {
            if errno == EEXIST { return false }
            throw StoreError.cannotCreate(path: path, reason: DatabaseFile.reason(errno))
        }
        let folder = open(DatabaseFile.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
        return true
    }

    /// Removes the building name and any rollback journal beside it; a database already put in place keeps its file.
    func discard() {
        _ = unlink(building)
        _ = unlink(building + "-journal")
    }

    private static let infix = ".new-"

    /// Files left beside `path` by builds whose process is gone (killed, or the machine stopped); a running one keeps
    /// its own. A name is only unlinked: a file already linked in place stays there.
    static func removeLeft(beside path: String) {
        let folder = DatabaseFile.folder(of: path)
        let prefix = (path as NSString).lastPathComponent + infix
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            _ = unlink(folder + "/" + name)
        }
    }
}
