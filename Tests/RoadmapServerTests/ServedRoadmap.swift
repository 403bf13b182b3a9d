import Foundation

/// `roadmap serve` running as a user starts it: the built binary, on a database in a temporary folder, on any free
/// port; its one line read for the URL. `stop()` sends SIGTERM, as Ctrl-C's cousin, and returns the exit status.
final class ServedRoadmap: @unchecked Sendable {
    let folder: URL
    let database: String
    let process = Process()
    let line: String
    let port: Int
    let token: String
    private let errors = Pipe()

    static let buildFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug")

    static var binary: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("roadmap").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : buildFolder.appendingPathComponent("roadmap").path
    }

    /// - Parameter environment: variables set for the server beside the test's own (a PATH with a fake xdg-open).
    init(arguments: [String] = [], setUp: [[String]] = [], environment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("progress.sqlite").path
        for command in setUp { _ = try Self.roadmap(command, database: database) }
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--db", database, "--port", "0"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var text = Data()
        while !text.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += chunk
        }
        line = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let match = line.firstMatch(of: /^serving http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]{32}); Ctrl-C stops$/)
        port = match.flatMap { Int($0.1) } ?? 0
        token = match.map { String($0.2) } ?? ""
    }

    var client: LoopbackClient { LoopbackClient(port: port) }
    var origin: String { "http://127.0.0.1:\(port)" }
    var cookie: String { "roadmap-\(port)=\(token)" }

    /// A page action as the page's script sends it.
    func act(_ json: String) throws -> LoopbackClient.Reply {
        try client.send("POST", "/api/action", headers: ["Cookie": cookie, "Origin": origin, "Content-Type": "application/json"], body: json)
    }

    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
        return process.terminationStatus
    }

    /// The built `roadmap`, run to its end; with `database`, named by $ROADMAP_DB, so its recorded command line has no --db.
    @discardableResult
    static func roadmap(_ arguments: [String], database: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["ROADMAP_DB"] = database
        process.environment = environment
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
