import ArgumentParser
import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

/// `roadmap-serve`, which `roadmap serve` runs with the database it resolved: the page server, in its own
/// executable so that no other command pays for linking it.
public struct ServeProgram: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "roadmap-serve",
        abstract: "Serve the map you click on 127.0.0.1 (run it as 'roadmap serve').")

    @Argument(help: "The roadmap to show (default: the first started).")
    var roadmap: String?

    @Option(help: "The port (default: any free one).")
    var port: Int = 0

    @Flag(help: "Open the page with xdg-open.")
    var open = false

    @Option(name: .customLong("db"), help: "The progress database.")
    var database: String

    @Option(help: "The version 'roadmap --version' prints.")
    var version: String = "0.1.0"

    public init() {}

    public func run() async throws {
        if let roadmap { _ = try DatabaseSession(path: database).catalog().requireRoadmap(roadmap) }
        let server = PageServer(database: database, roadmap: roadmap, version: version)
        let open = self.open
        do {
            try await server.run(port: port) { url in
                print("serving \(url); Ctrl-C stops")
                fflush(nil)
                if open { Self.openInBrowser(url) }
            }
        } catch let error where "\(error)".contains("Address already in use") {
            throw ServeError.portInUse(port)
        }
    }

    /// xdg-open returns once the browser has the link; it is waited for on a thread of its own.
    static func openInBrowser(_ url: String) {
        let environment = ProcessInfo.processInfo.environment
        guard let program = ChildProcess.executable(named: "xdg-open", searchPath: environment["PATH"]) else {
            return FileHandle.standardError.write(Data("roadmap: xdg-open is not installed; open the link above in a browser\n".utf8))
        }
        Thread.detachNewThread {
            guard var child = try? ChildProcess(program, [url], environment: environment, input: .nothing, output: .discarded, errors: .discarded)
            else { return }
            _ = child.finish()
        }
    }
}

/// The executable's start: every failure is one line on stderr and a non-zero exit, as `roadmap`'s are.
public enum ServeMain {
    public static func run() async {
        do {
            var command = try ServeProgram.parseAsRoot()
            if let serve = command as? ServeProgram {
                try await serve.run()
            } else {
                try command.run()
            }
        } catch let error as ServeError {
            fail(error.description)
        } catch let error as RoadmapError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.description)
        } catch {
            ServeProgram.exit(withError: error)
        }
    }

    static func fail(_ line: String) -> Never {
        FileHandle.standardError.write(Data("roadmap: \(line)\n".utf8))
        exit(1)
    }
}

public enum ServeError: Error, CustomStringConvertible {
    case portInUse(Int)

    public var description: String {
        switch self {
        case let .portInUse(port): "port \(port) on 127.0.0.1 is in use; choose another with --port N, or leave --port out for a free one"
        }
    }
}
