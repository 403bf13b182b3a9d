import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A database this run upgraded to a newer schema, and where the file as it was is kept.
public struct SchemaUpgrade: Sendable, Equatable, CustomStringConvertible {
    /// Schema numbers: 3 for `003_skill_state`.
    public var from: Int
    public var to: Int
    public var copyPath: String

    public var description: String {
        "upgraded the progress database from schema \(from) to \(to); the old file is kept at \(copyPath)"
    }

    /// The number a migration identifier starts with: 3 for `003_skill_state`.
    static func number(_ identifier: String) -> Int { Int(identifier.prefix { $0.isNumber }) ?? 0 }

    /// Copies the database, through SQLite's backup API (consistent even while another process reads it), to
    /// `PATH.before-NNN` with mode 0600, replacing an older copy of the same schema; returns the copy's path.
    static func keepCopy(of dbQueue: DatabaseQueue, path: String, schema identifier: String) throws -> String {
        let copyPath = path + ".before-" + String(identifier.prefix { $0.isNumber })
        _ = unlink(copyPath)
        let descriptor = open(copyPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotCreate(path: copyPath, reason: String(cString: strerror(errno)).lowercased())
        }
        // The umask may have removed bits we need; 0600 exactly, as the progress it holds is as private as the original.
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
        let copy = try DatabaseQueue(path: copyPath)
        try dbQueue.backup(to: copy)
        try copy.close()
        return copyPath
    }
}
