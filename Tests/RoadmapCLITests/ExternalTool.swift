import Foundation

/// Programs outside the package that the render tests drive, found on this machine or nil.
enum ExternalTool {
    static let cmarkGFM = executable("cmark-gfm")
    static let chromium = executable("chromium") ?? executable("chromium-browser")

    /// `$ROADMAP_MERMAID_JS`, else where `.ci/run` unpacks it: `.build-ci/mermaid/mermaid.min.js` in the package.
    static let mermaidJS: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = ProcessInfo.processInfo.environment["ROADMAP_MERMAID_JS"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".build-ci/mermaid/mermaid.min.js")
        return FileManager.default.isReadableFile(atPath: file.path) ? file : nil
    }()

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"])
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program with an argument array (no shell), feeding `input`; killed after `timeout` seconds.
    static func run(_ executable: URL, _ arguments: [String], input: String = "", timeout: TimeInterval = 30) throws -> RoadmapRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Both pipes read while the program runs, so a large output cannot fill a pipe and stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var stdout = Data(), stderr = Data()
        DispatchQueue.global().async(group: group) { stdout = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { stderr = errors.fileHandleForReading.readDataToEndOfFile() }
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        if finished.wait(timeout: .now() + timeout) == .timedOut { process.terminate() }
        group.wait()
        process.waitUntilExit()
        return RoadmapRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
