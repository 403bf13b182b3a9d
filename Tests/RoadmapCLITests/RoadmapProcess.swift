import Foundation

/// What one run of the built `roadmap` binary did.
struct RoadmapRun: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Both streams in the order written, where the run kept it (in-process); else empty.
    var interleaved = ""

    var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }

    /// The stdout decoded as JSON.
    func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
}

/// A user's world for end-to-end tests: an empty temporary HOME, and the `roadmap` binary `swift test` built.
struct Sandbox {
    let home: URL
    var environment: [String: String]

    init() throws {
        home = try TestHomes.make("home")
        environment = [
            "HOME": home.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        ]
    }

    /// The default database location for this HOME.
    var defaultDatabase: URL { home.appendingPathComponent(".local/share/roadmap/progress.sqlite") }

    static let binary: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("roadmap"),
            Bundle.main.bundleURL.appendingPathComponent("roadmap"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("roadmap"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/roadmap"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    @discardableResult
    func run(_ arguments: [String], executable: URL = Sandbox.binary, directory: URL? = nil, environment extra: [String: String] = [:], input: String? = nil) throws -> RoadmapRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment.merging(extra) { $1 }
        process.currentDirectoryURL = directory ?? home
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdoutData = Data(), stderrData = Data()
        DispatchQueue.global().async(group: group) { stdoutData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderrData = err.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        return RoadmapRun(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    @discardableResult
    func run(_ arguments: String..., environment extra: [String: String] = [:]) throws -> RoadmapRun {
        try run(arguments, environment: extra)
    }

    func write(_ text: String, to name: String) throws -> URL {
        let url = home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

extension RoadmapRun {
    /// Exactly one line on stderr, and no Swift trap or stack trace.
    var failedWithOneLine: Bool {
        status != 0 && stderr.split(separator: "\n").count == 1 && !stderr.contains("Fatal error") && !stderr.contains("Stack dump")
    }
}
