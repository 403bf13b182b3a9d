import Foundation
import RoadmapCore

/// Writing an output file: all at once (a reader never sees half a file), private when it is a full backup.
enum OutputFile {
    static func write(_ data: Data, to path: String, privately: Bool) throws {
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
