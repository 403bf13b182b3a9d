import Foundation
import RoadmapCore

/// Where the progress database lives: --db, else $ROADMAP_DB, else the XDG data folder.
public struct DatabaseLocation: Equatable {
    public var path: String
    /// Named by the user (--db or $ROADMAP_DB) rather than the default: its folder is never created.
    public var isExplicit: Bool
    /// Which of the three chose the path, for `doctor`.
    public var source: DoctorReport.Source = .default

    public init(path: String, isExplicit: Bool, source: DoctorReport.Source = .default) {
        (self.path, self.isExplicit, self.source) = (path, isExplicit, source)
    }

    public static func resolve(option: String?, environment: [String: String], home: String) throws -> DatabaseLocation {
        if let option {
            guard !option.isEmpty else { throw CommandError.emptyDatabasePath }
            return DatabaseLocation(path: option, isExplicit: true, source: .flag)
        }
        if let path = environment["ROADMAP_DB"], !path.isEmpty { return DatabaseLocation(path: path, isExplicit: true, source: .environment) }
        // An empty or relative XDG_DATA_HOME is invalid by the XDG spec and must be ignored.
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return DatabaseLocation(path: data + "/roadmap/progress.sqlite", isExplicit: false)
    }

    /// A mistyped explicit path must not silently start a fresh database somewhere else.
    public func checkFolder() throws {
        guard isExplicit else { return }
        // stat(2) on the path's own folder text; Foundation's URL only for the message, as it costs more than the check.
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CommandError.missingFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path, database: path)
        }
    }

    /// Nothing is at the path yet, or only an empty file: opening for writing makes a new database.
    public var isNew: Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return size == nil || size == 0
    }
}
