import Foundation
import RoadmapStore

/// A fresh folder under the system temp directory, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("roadmap-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ components: String...) -> String {
        components.reduce(url) { $0.appendingPathComponent($1) }.path
    }
}

/// A fixed clock: day 0 is 2026-01-10 09:00:00 UTC; whole seconds, so dates read back equal.
func day(_ offset: Int, hour: Int = 9) -> Date {
    Date(timeIntervalSince1970: 1_768_035_600 + Double(offset * 86_400 + (hour - 9) * 3_600))
}

func command(_ name: String, _ arguments: String..., at: Date = day(0)) -> CommandInfo {
    CommandInfo(name: name, arguments: [name] + arguments, at: at)
}

func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}

func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// Collects values from several threads.
final class Collected<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    func append(_ value: Value) { lock.withLock { storage.append(value) } }
    var values: [Value] { lock.withLock { storage } }
}
