import Foundation

extension ProgressBackup {
    /// Reads and fully checks a backup before anything is written; every problem is one line naming what and where.
    /// - Parameter knownSchemas: the schema versions this build can hold; a newer one is refused.
    /// - Returns: the backup, and its custom roadmaps as parsed while checking them, by id, so they are parsed once.
    public static func decode(_ data: Data, knownSchemas: [String]) throws -> (backup: ProgressBackup, roadmaps: [String: RoadmapDocument]) {
        let backup: ProgressBackup
        do {
            backup = try JSONDecoder().decode(ProgressBackup.self, from: data)
        } catch let failure {
            // What the file is comes before what is wrong inside it; read only on failure, as it means a second pass.
            try checkHeader(of: data, knownSchemas: knownSchemas)
            switch failure {
            case let DecodingError.keyNotFound(key, context):
                throw RoadmapError.invalidBackup("misses '\(key.stringValue)' at \(path(context.codingPath))")
            case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
                throw RoadmapError.invalidBackup("has a value of the wrong type at \(path(context.codingPath))")
            default:
                throw RoadmapError.invalidBackup("cannot be read: \(failure)")
            }
        }
        try check(Header(format: backup.format, formatVersion: backup.formatVersion, schemaVersion: backup.schemaVersion), knownSchemas: knownSchemas)
        let roadmaps = try backup.check()
        return (backup, roadmaps)
    }

    static func checkHeader(of data: Data, knownSchemas: [String]) throws {
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
        try check(header, knownSchemas: knownSchemas)
    }

    static func check(_ header: Header, knownSchemas: [String]) throws {
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
    }

    /// The fields that say what a file is.
    struct Header: Decodable {
        var format: String?
        var formatVersion: Int?
        var schemaVersion: String?

        init(format: String?, formatVersion: Int?, schemaVersion: String?) {
            (self.format, self.formatVersion, self.schemaVersion) = (format, formatVersion, schemaVersion)
        }

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
    @discardableResult
    func check() throws -> [String: RoadmapDocument] {
        var documents: [String: RoadmapDocument] = [:]
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
            guard let document = parsed.document, document.id.value == roadmap.id else {
                throw RoadmapError.invalidBackup("has a custom roadmap whose id is not '\(roadmap.id)' at \(place)")
            }
            documents[roadmap.id] = document
        }
        // Places are spelt out only for the error: a hundred thousand events are checked on every import.
        var commandIDs: Set<String> = []
        commandIDs.reserveCapacity(commands.count)
        for (index, command) in commands.enumerated() {
            guard !command.uuid.isEmpty, commandIDs.insert(command.uuid).inserted else {
                throw RoadmapError.invalidBackup("has a missing or repeated command uuid '\(command.uuid)' at commands[\(index)]")
            }
            try Self.checkTime(command.recordedAt, at: "commands[\(index)]")
            if command.name.isEmpty { throw RoadmapError.invalidBackup("has a command without a name at commands[\(index)]") }
        }
        for (index, command) in commands.enumerated() {
            for reference in [command.undoes, command.undoneBy] {
                if let reference, !commandIDs.contains(reference) {
                    throw RoadmapError.invalidBackup("refers to unknown command '\(reference)' at commands[\(index)]")
                }
            }
        }
        var skills: Set<String> = []
        var eventIDs: Set<String> = []
        eventIDs.reserveCapacity(events.count)
        let kinds: Set<String> = ["status", "note", "evidence", "note_withdrawn", "evidence_withdrawn", "review"]
        for (index, event) in events.enumerated() {
            guard !event.uuid.isEmpty, eventIDs.insert(event.uuid).inserted else {
                throw RoadmapError.invalidBackup("has a missing or repeated event uuid '\(event.uuid)' at events[\(index)]")
            }
            guard commandIDs.contains(event.command) else { throw RoadmapError.invalidBackup("refers to unknown command '\(event.command)' at events[\(index)]") }
            // A back-dated mark is dated to a day, with no time of day.
            if !(event.at.utf8.count == 10 && Day(event.at) != nil) { try Self.checkTime(event.at, at: "events[\(index)]") }
            guard skills.contains(event.skill) || Identifier.isSkillID(event.skill) else { throw RoadmapError.invalidBackup("has an invalid skill id '\(event.skill)' at events[\(index)]") }
            skills.insert(event.skill)
            guard kinds.contains(event.kind) else { throw RoadmapError.invalidBackup("has an unknown event kind '\(event.kind)' at events[\(index)]") }
            for status in [event.from, event.to] {
                if let status, SkillStatus(rawValue: status) == nil {
                    throw RoadmapError.invalidBackup("has an unknown status '\(status)' at events[\(index)]")
                }
            }
            if (event.kind == "status") != (event.from != nil && event.to != nil) {
                throw RoadmapError.invalidBackup("has a status change without from and to (or the reverse) at events[\(index)]")
            }
            if (event.kind == "review") != (event.recall != nil) {
                throw RoadmapError.invalidBackup("has a review without its recall (or the reverse) at events[\(index)]")
            }
            if let recall = event.recall, Recall(rawValue: recall) == nil {
                throw RoadmapError.invalidBackup("has an unknown recall '\(recall)' at events[\(index)]")
            }
        }
        for (index, event) in events.enumerated() {
            if let withdrawn = event.withdraws, !eventIDs.contains(withdrawn) {
                throw RoadmapError.invalidBackup("withdraws unknown event '\(withdrawn)' at events[\(index)]")
            }
        }
        return documents
    }

    /// `2026-01-10T09:30:00.000Z`, as the database stores times.
    static func checkTime(_ text: String, at place: @autoclosure () -> String) throws {
        guard isTime(text) else { throw RoadmapError.invalidBackup("has an invalid time '\(text)' at \(place())") }
    }

    /// Byte by byte, without copying, as it runs for every command and event of a backup.
    static func isTime(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard (0x30...0x39).contains(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            guard bytes.count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
                  bytes[19] == 0x2E, bytes[23] == 0x5A,
                  let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                  number(11..<13) != nil, number(14..<16) != nil, number(17..<19) != nil, number(20..<23) != nil
            else { return false }
            return Day(year: year, month: month, day: day) != nil
        }
    }
}
