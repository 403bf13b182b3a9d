import Foundation
import RoadmapCore

/// The one JSON formatter every `--json` goes through: stable key order, readable.
enum JSONOutput {
    static func render<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The same text as `render` of the array of `elements`, an element at a time: `write` gets the array's
    /// opening, each element as it is encoded, then its close. Each element is encoded alone in an array, whose
    /// brackets are cut off, so its indentation is the whole array's.
    static func renderArray<Element: Encodable>(
        _ elements: @escaping (_ body: (Element) throws -> Void) throws -> Void, _ write: (String) throws -> Void
    ) throws {
        let encoder = encoder
        var isFirst = true
        try elements { element in
            let alone = String(decoding: try encoder.encode([element]), as: UTF8.self)
            var piece = isFirst ? "[\n" : ",\n"
            piece += alone.dropFirst(2).dropLast(2)
            try write(piece)
            isFirst = false
        }
        try write(isFirst ? try render([Element]()) : "\n]\n")
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}
