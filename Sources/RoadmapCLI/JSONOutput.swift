import Foundation
import RoadmapCore

/// The JSON formatter of every `--json`, stable key order, readable; the long ones (history, backups) are written
/// by hand (`HistoryJSON`, `BackupJSON`), held by tests to the bytes it gives.
enum JSONOutput {
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
