import Foundation

/// The one writer of `history --json`: the records' array in Foundation's pretty layout with sorted keys, the bytes
/// JSONEncoder gives (`JSONOutput`'s settings; held to it by HistoryJSONTests and HistoryStreamTests).
// Not JSONEncoder: once a record, it was 73 % of large `history --json` (4.5 s for 100,000 records).
enum HistoryJSON {
    static func write(_ json: inout PrettyJSON, _ record: HistoryRecord) {
        json.object { json in
            // Keys in sorted order, as `.sortedKeys` puts them; the plain optionals only when present, as Codable leaves them out.
            json.member("arguments") { $0.array(record.arguments) { $0.string($1) } }
            json.member("at") { $0.string(text(record.at)) }
            json.member("command") { $0.string(record.command) }
            if let current = record.currentSkill { json.member("currentSkill") { $0.string(current) } }
            json.member("from") { $0.string(record.from?.rawValue) }
            json.member("kind") { $0.string(record.kind.rawValue) }
            json.member("note") { $0.string(record.note) }
            json.member("recall") { $0.string(record.recall?.rawValue) }
            json.member("recordedAt") { $0.string(iso8601(record.recordedAt)) }
            json.member("retired") { $0.boolean(record.retired) }
            if let reverts = record.reverts { json.member("reverts") { $0.array(reverts) { $0.string($1) } } }
            if let after = record.sinceAfter { json.member("sinceAfter") { $0.string(text(after)) } }
            if let before = record.sinceBefore { json.member("sinceBefore") { $0.string(text(before)) } }
            json.member("skill") { $0.string(record.skill) }
            json.member("title") { $0.string(record.title) }
            json.member("to") { $0.string(record.to?.rawValue) }
            json.member("undone") { $0.boolean(record.undone) }
            json.member("url") { $0.string(record.url) }
        }
    }

    /// A moment as `.iso8601` writes it, or a day as `EffectiveTime` encodes it.
    static func text(_ time: EffectiveTime) -> String {
        switch time {
        case let .instant(date): iso8601(date)
        case let .day(day): day.description
        }
    }

    /// `2026-11-20T14:03:05Z`: `.iso8601`'s text, whole seconds in UTC.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let day = Day(ordinal: days)
        guard (0...9999).contains(day.year) else { return date.formatted(.iso8601) }
        return String(unsafeUninitializedCapacity: 20) { bytes in
            LocalTime.put(day.year, digits: 4, in: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            LocalTime.put(day.month, digits: 2, in: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            LocalTime.put(day.day, digits: 2, in: bytes, at: 8)
            bytes[10] = UInt8(ascii: "T")
            LocalTime.put(time / 3600, digits: 2, in: bytes, at: 11)
            bytes[13] = UInt8(ascii: ":")
            LocalTime.put(time / 60 % 60, digits: 2, in: bytes, at: 14)
            bytes[16] = UInt8(ascii: ":")
            LocalTime.put(time % 60, digits: 2, in: bytes, at: 17)
            bytes[19] = UInt8(ascii: "Z")
            return 20
        }
    }
}

extension PrettyJSON {
    mutating func boolean(_ value: Bool) {
        bytes.append(value ? "true" : "false")
    }
}

extension HistoryStream {
    /// `history --json`, the JSON array of the records as they are read: `write` gets pieces of about 64 KiB, each
    /// ending between two records, whose text together is JSONEncoder's of the whole array.
    public func writeJSON(_ write: (String) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in
            var json = PrettyJSON(flushingAt: 1 << 16) { try write(String(decoding: $0, as: UTF8.self)) }
            try json.array(records, HistoryJSON.write(_:_:))
            json.bytes.append(0x0A)
            try json.flush()
        }
    }
}
