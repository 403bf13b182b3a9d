import Foundation
import RoadmapCore

/// Writing an output file as its bytes come: into a temporary file beside it, renamed over it once whole, so a
/// reader never sees half a file and a failure half way leaves none; private from its first byte when it is a full
/// backup. As `Data.write(options: .atomic)` did: a new file, `0666` less the umask (or `0600`), replacing a link.
/// A device or a pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written into as it is: renamed over, `/dev/null` became
/// a file of the backup.
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
        if isStream(path) { return try writeStream(to: path, body) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UInt32.random(in: .min ... .max)).part").path
        let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, privately ? 0o600 : 0o666)
        guard file >= 0 else { throw unwritable(path) }
        var (isOpen, isRenamed) = (true, false)
        defer {
            if isOpen { close(file) }
            if !isRenamed { unlink(temporary) }
        }
        let written = try write(body, to: file, path: path)
        isOpen = false
        guard close(file) == 0, rename(temporary, path) == 0 else { throw unwritable(path) }
        isRenamed = true
        return written
    }

    /// A character device or a FIFO, through any links: written into, never replaced.
    static func isStream(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO
    }

    private static func writeStream(to path: String, _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> Int {
        let file = open(path, O_WRONLY | O_CLOEXEC)
        guard file >= 0 else { throw unwritable(path) }
        defer { close(file) }
        return try write(body, to: file, path: path)
    }

    /// What `body` hands over, written to `file` whole; the number of bytes.
    private static func write(_ body: (_ write: ([UInt8]) throws -> Void) throws -> Void, to file: CInt, path: String) throws -> Int {
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
    /// `--output` names no file yet, or a device or a pipe (which nothing replaces), or `--force` was given: checked
    /// before anything is read or written.
    public static func checkFree(_ path: String?, force: Bool) throws {
        if let path, !force, FileManager.default.fileExists(atPath: path), !isStream(path) { throw CommandError.fileExists(path) }
    }
}
