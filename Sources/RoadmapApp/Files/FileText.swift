import Foundation
import RoadmapCore

/// Reading user files, with errors a user can act on.
public enum FileText {
    public static func read(_ path: String) throws -> String {
        guard let text = String(data: try data(path), encoding: .utf8) else {
            throw RoadmapError.unreadableFile(path, reason: "not UTF-8 text")
        }
        return text
    }

    /// The file's bytes, refused as `read` refuses a file it cannot open.
    public static func data(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RoadmapError.unreadableFile(path, reason: "no such file")
        }
        if isDirectory.boolValue { throw RoadmapError.unreadableFile(path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RoadmapError.unreadableFile(path, reason: "permission denied")
        }
        return data
    }
}
