import Foundation
import RoadmapCore

/// Writing an output file: all at once (a reader never sees half a file), private when it is a full backup.
public enum OutputFile {
    public static func write(_ data: Data, to path: String, privately: Bool) throws {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError.outputIsDirectory(path)
        }
        do {
            try data.write(to: url, options: .atomic)
            if privately { try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
        } catch {
            let folder = url.deletingLastPathComponent().path
            let reason = !FileManager.default.fileExists(atPath: folder) ? "its folder does not exist"
                : !FileManager.default.isWritableFile(atPath: folder) ? "its folder is not writable" : "permission denied or disk full"
            throw CommandError.unwritableFile(path, reason: reason)
        }
    }
}

extension OutputFile {
    /// `--output` names no file yet, or `--force` was given: checked before anything is read or written.
    public static func checkFree(_ path: String?, force: Bool) throws {
        if let path, !force, FileManager.default.fileExists(atPath: path) { throw CommandError.fileExists(path) }
    }
}
