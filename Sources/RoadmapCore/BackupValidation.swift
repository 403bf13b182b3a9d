import Foundation

extension ProgressBackup {
    /// Reads and fully checks a backup before anything is written; every problem is one line naming what and where.
    /// - Parameter knownSchemas: the schema versions this build can hold; a newer one is refused.
    public static func decode(_ data: Data, knownSchemas: [String]) throws -> ProgressBackup {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch DecodingError.dataCorrupted {
            let trimmed = data.reversed().first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }
            let hint = trimmed == UInt8(ascii: "}") ? "" : " (the file looks truncated)"
            throw RoadmapError.invalidBackup("is not valid JSON\(hint)")
        } catch {
            throw RoadmapError.invalidBackup("is not a roadmap backup: expected a JSON object")
        }
        guard header.format == formatName else {
            throw RoadmapError.invalidBackup("is not a roadmap backup: 'format' is not '\(formatName)'")
        }
        guard let version = header.formatVersion else { throw RoadmapError.invalidBackup("has no 'formatVersion'") }
        if version > currentFormatVersion {
            throw RoadmapError.invalidBackup("has format version \(version), newer than this roadmap reads (\(currentFormatVersion)); upgrade roadmap")
        }
        if let schema = header.schemaVersion, !knownSchemas.contains(schema) {
            throw RoadmapError.invalidBackup("was written by a newer roadmap (schema \(schema); this one knows up to \(knownSchemas.last ?? "none")); upgrade roadmap")
        }
        let backup: ProgressBackup
        do {
            backup = try JSONDecoder().decode(ProgressBackup.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw RoadmapError.invalidBackup("misses '\(key.stringValue)' at \(path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw RoadmapError.invalidBackup("has a value of the wrong type at \(path(context.codingPath))")
        } catch {
            throw RoadmapError.invalidBackup("cannot be read: \(error)")
        }
        try backup.check()
        return backup
    }

    /// The fields that say what a file is, read first so that any other file gets the right message.
    struct Header: Decodable {
        var format: String?
        var formatVersion: Int?
        var schemaVersion: String?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try? container.decode(String.self, forKey: .format)
            formatVersion = try? container.decode(Int.self, forKey: .formatVersion)
            schemaVersion = try? container.decode(String.self, forKey: .schemaVersion)
        }

        enum CodingKeys: String, CodingKey { case format, formatVersion, schemaVersion }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }

    /// Cross-references, vocabularies and formats.
    func check() throws {
        for (index, enrolment) in enrolments.enumerated() {
            let place = "enrolments[\(index)]"
            guard Identifier.isRoadmapID(enrolment.roadmap) else { throw RoadmapError.invalidBackup("has an invalid roadmap id '\(enrolment.roadmap)' at \(place)") }
            try Self.checkTime(enrolment.startedAt, at: place)
            try Self.checkTime(enrolment.updatedAt, at: place)
            if let date = enrolment.targetDate, Day(date) == nil { throw RoadmapError.invalidBackup("has an invalid target date '\(date)' at \(place)") }
        }
        for (index, roadmap) in roadmaps.enumerated() {
            let place = "roadmaps[\(index)]"
            try Self.checkTime(roadmap.addedAt, at: place)
            try Self.checkTime(roadmap.updatedAt, at: place)
            let parsed = RoadmapParser.parse(roadmap.source, file: roadmap.fileName)
            if let error = parsed.findings.first(where: { $0.severity == .error }) {
                throw RoadmapError.invalidBackup("holds a custom roadmap that does not load at \(place): \(error)")
            }
            guard parsed.document?.id.value == roadmap.id else { throw RoadmapError.invalidBackup("has a custom roadmap whose id is not '\(roadmap.id)' at \(place)") }
        }
        var commandIDs: Set<String> = []
        for (index, command) in commands.enumerated() {
            let place = "commands[\(index)]"
            guard !command.uuid.isEmpty, commandIDs.insert(command.uuid).inserted else {
                throw RoadmapError.invalidBackup("has a missing or repeated command uuid '\(command.uuid)' at \(place)")
            }
            try Self.checkTime(command.recordedAt, at: place)
            if command.name.isEmpty { throw RoadmapError.invalidBackup("has a command without a name at \(place)") }
        }
        for (index, command) in commands.enumerated() {
            for reference in [command.undoes, command.undoneBy].compactMap({ $0 }) where !commandIDs.contains(reference) {
                throw RoadmapError.invalidBackup("refers to unknown command '\(reference)' at commands[\(index)]")
            }
        }
        var eventIDs: Set<String> = []
        let kinds: Set<String> = ["status", "note", "evidence", "note_withdrawn", "evidence_withdrawn"]
        for (index, event) in events.enumerated() {
            let place = "events[\(index)]"
            guard !event.uuid.isEmpty, eventIDs.insert(event.uuid).inserted else {
                throw RoadmapError.invalidBackup("has a missing or repeated event uuid '\(event.uuid)' at \(place)")
            }
            guard commandIDs.contains(event.command) else { throw RoadmapError.invalidBackup("refers to unknown command '\(event.command)' at \(place)") }
            try Self.checkTime(event.at, at: place)
            guard Identifier.isSkillID(event.skill) else { throw RoadmapError.invalidBackup("has an invalid skill id '\(event.skill)' at \(place)") }
            guard kinds.contains(event.kind) else { throw RoadmapError.invalidBackup("has an unknown event kind '\(event.kind)' at \(place)") }
            for status in [event.from, event.to].compactMap({ $0 }) where SkillStatus(rawValue: status) == nil {
                throw RoadmapError.invalidBackup("has an unknown status '\(status)' at \(place)")
            }
            if (event.kind == "status") != (event.from != nil && event.to != nil) {
                throw RoadmapError.invalidBackup("has a status change without from and to (or the reverse) at \(place)")
            }
        }
    }

    /// `2026-01-10T09:30:00.000Z`, as the database stores times.
    static func checkTime(_ text: String, at place: String) throws {
        let bytes = Array(text.utf8)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22]
        guard bytes.count == 24, digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
              bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A, bytes[19] == 0x2E, bytes[23] == 0x5A,
              Day(String(text.prefix(10))) != nil
        else { throw RoadmapError.invalidBackup("has an invalid time '\(text)' at \(place)") }
    }
}

/// What an import added, and what it already had.
public struct ImportSummary: Sendable, Hashable, Codable {
    public var commandsAdded = 0
    public var eventsAdded = 0
    public var eventsPresent = 0
    public var enrolmentsAdded = 0
    public var enrolmentsUpdated = 0
    public var roadmapsAdded = 0
    public var roadmapsUpdated = 0

    public init() {}
}
