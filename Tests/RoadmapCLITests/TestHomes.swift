import Foundation

/// The folders tests make for a user's HOME and their files: all in one folder of this test process, removed when
/// it exits. A home a test copied (`Sandbox`, `InProcess`) cannot remove itself, as copies share it; a run left
/// 4,000 of them in the temporary directory. What a killed run left is removed by the next.
enum TestHomes {
    static let prefix = "roadmap-tests-"

    static let folder: URL = {
        let temporary = FileManager.default.temporaryDirectory
        let left = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in left where name.hasPrefix(prefix) {
            // Only a folder whose process is gone: another test process may be running beside this one.
            if let pid = pid_t(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
            }
        }
        let folder = temporary.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestHomes.folder) }
        return folder
    }()

    /// A new empty folder, `name` followed by a unique suffix.
    static func make(_ name: String) throws -> URL {
        let url = folder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
