import Foundation
import RoadmapCore

/// Writing an output file as its bytes come: into a temporary file beside it, renamed over it once whole, so a
/// reader never sees half a file and a failure half way leaves none; private from its first byte when it is a full
/// backup. As `Data.write(options: .atomic)` did: a new file, `0666` less the umask (or `0600`), replacing a link.
public enum OutputFile {
    public static func write(_ data: Data, to path: String, privately: Bool) throws {
        try write(to: path, privately: privately) { try $0(Array(data)) }
    }

    /// The bytes `body` hands to its `write` (each piece as it comes), as one file; the number of bytes written.
    /// An error `body` throws leaves no file (the one at `path` stays as it was) and comes out as it is.
    @discardableResult
    public static func write(to path: String, privately: Bool, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> Int {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandError.outputIsDirectory(path)
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: .min ... .max)).part").path
        let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privately ? 0o600 : 0o666)
        guard file >= 0 else { throw unwritable(path) }
        var (isOpen, isRenamed) = (true, false)
        defer {
            if isOpen { close(file) }
            if !isRenamed { unlink(temporary) }
        }
        var written = 0
        do {
            try body { bytes in
                try bytes.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let count = Foundation.write(file, buffer.baseAddress! + offset, buffer.count - offset)
                        if count < 0, errno == EINTR { continue }
                        guard count > 0 else { throw WriteFailure() }
                        offset += count
                    }
                }
                written += bytes.count
            }
        } catch is WriteFailure {
            throw unwritable(path)
        }
        isOpen = false
        guard close(file) == 0, rename(temporary, path) == 0 else { throw unwritable(path) }
        isRenamed = true
        return written
    }

    /// A write(2) that failed: the disk is full, or the file went.
    private struct WriteFailure: Error {}

    private static func unwritable(_ path: String) -> CommandError {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let reason = !FileManager.default.fileExists(atPath: folder) ? "its folder does not exist"
            : !FileManager.default.isWritableFile(atPath: folder) ? "its folder is not writable" : "permission denied or disk full"
        return CommandError.unwritableFile(path, reason: reason)
    }
}

extension OutputFile {
    /// `--output` names no file yet, or `--force` was given: checked before anything is read or written.
    public static func checkFree(_ path: String?, force: Bool) throws {
        if let path, !force, FileManager.default.fileExists(atPath: path) { throw CommandError.fileExists(path) }
    }
}
