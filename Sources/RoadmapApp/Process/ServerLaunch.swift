import Foundation
import RoadmapCore

/// `roadmap serve`: the page server, `roadmap-serve` from beside this binary, takes this process's place, so
/// Ctrl-C and SIGTERM reach it as they would roadmap.
public struct ServerLaunch {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    /// Returns only by throwing: the roadmap or the database's folder is wrong, or the server is not there.
    public func run(roadmap: String?, port: Int?, open: Bool, database: DatabaseLocation, version: String) throws {
        if let roadmap { _ = try session.catalog().requireRoadmap(roadmap) }
        try database.checkFolder()
        let server = Self.serverBeside(executable: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        guard FileManager.default.isExecutableFile(atPath: server) else { throw CommandError.serverMissing(server) }
        let arguments = ["--db", database.path, "--version", version]
            + (roadmap.map { [$0] } ?? []) + (port.map { ["--port", String($0)] } ?? []) + (open ? ["--open"] : [])
        ChildProcess.replaceProcess(with: server, arguments)
        throw CommandError.serverMissing(server)
    }

    public static func serverBeside(executable: String) -> String {
        (executable as NSString).deletingLastPathComponent + "/roadmap-serve"
    }
}
