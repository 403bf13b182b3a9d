import Foundation

extension ProgressBackup {
    /// Reads and fully checks a backup before anything is written; every problem is one line naming what and where.
    /// - Parameter knownSchemas: the schema versions this build can hold; a newer one is refused.
    /// - Parameter isStored: whether the database already holds this very custom roadmap (`StoredRoadmaps`): its YAML is not parsed again.
    /// - Returns: the backup, and its custom roadmaps as parsed while checking them, by id, so they are parsed once.
    public static func decode(
        _ data: Data, knownSchemas: [String], isStored: (CustomRoadmap) -> Bool = { _ in false }
    ) throws -> (backup: ProgressBackup, roadmaps: [String: RoadmapDocument]) {
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
        let roadmaps = try backup.check(isStored: isStored)
        return (backup, roadmaps)
    }

    /// What `decode(_:knownSchemas:)` returns, read from the file's bytes where they lie (`BackupReader`), when the
    /// backup reads plainly and passes every check; nil otherwise, for the caller to take the usual way, whose refusal
    /// names the place (a second pass, only for a file that is refused or unusual).
    public static func decodePlainly(
        _ bytes: UnsafeRawBufferPointer, knownSchemas: [String], isStored: (CustomRoadmap) -> Bool = { _ in false }
    ) -> (backup: ProgressBackup, roadmaps: [String: RoadmapDocument])? {
        guard let backup = BackupReader.read(bytes.assumingMemoryBound(to: UInt8.self)),
              (try? check(Header(format: backup.format, formatVersion: backup.formatVersion, schemaVersion: backup.schemaVersion), knownSchemas: knownSchemas)) != nil,
              let roadmaps = try? backup.check(isStored: isStored)
        else { return nil }
        return (backup, roadmaps)
    }

    /// A backup read plainly from `bytes` and checked as it is read, without holding its commands and events: each
    /// command, then each event, goes to `command` and `event` once it passed its own checks (with how many bytes
    /// were read). Returns the rest of the backup (no commands or events), its custom roadmaps parsed, and how many
    /// events it had, once the whole backup read plainly and passed every check `decode` makes; nil when anything did
    /// not, or a sink returned false: the caller then undoes what the sinks did and takes the usual way, whose
    /// refusal names the place. What passes here passes `decode`: the same checks, each of every part.
    /// - Parameter parsedEarly: custom roadmaps parsed ahead (`parseRoadmapsNearEnd`), asked for only when one needs a parse.
    public static func streamPlainly(
        _ bytes: UnsafeRawBufferPointer, knownSchemas: [String], isStored: (CustomRoadmap) -> Bool = { _ in false },
        parsedEarly: () -> [ParsedRoadmap] = { [] },
        command: (Command, _ bytesRead: Int) -> Bool, event: (Event, _ bytesRead: Int) -> Bool
    ) -> (backup: ProgressBackup, roadmaps: [String: RoadmapDocument], events: Int)? {
        var check = BackupCheck()
        var commands = 0, events = 0
        // Only these need what comes later: the commands that refer to others, the events that withdraw others.
        var linked: [(index: Int, command: Command)] = []
        var withdrawals: [(index: Int, event: Event)] = []
        var referencesChecked = false
        func checkReferences() -> Bool {
            if referencesChecked { return true }
            referencesChecked = true
            return linked.allSatisfy { (try? check.references(of: $0.command, at: $0.index)) != nil }
        }
        let read = withoutActuallyEscaping(command) { command in
            withoutActuallyEscaping(event) { event in
                BackupReader.read(bytes.assumingMemoryBound(to: UInt8.self), streaming: BackupReader.Stream(
                    command: { next, bytesRead in
                        guard (try? check.command(next, at: commands)) != nil else { return false }
                        if next.undoes != nil || next.undoneBy != nil { linked.append((commands, next)) }
                        commands += 1
                        return command(next, bytesRead)
                    },
                    event: { next, bytesRead in
                        guard checkReferences(), (try? check.event(next, at: events)) != nil else { return false }
                        if next.withdraws != nil { withdrawals.append((events, next)) }
                        events += 1
                        return event(next, bytesRead)
                    }))
            }
        }
        guard let backup = read, checkReferences(),
              withdrawals.allSatisfy({ (try? check.withdrawal(of: $0.event, at: $0.index)) != nil }),
              (try? Self.check(Header(format: backup.format, formatVersion: backup.formatVersion, schemaVersion: backup.schemaVersion), knownSchemas: knownSchemas)) != nil
        else { return nil }
        for (index, enrolment) in backup.enrolments.enumerated() where (try? check.enrolment(enrolment, at: index)) == nil { return nil }
        for (index, roadmap) in backup.roadmaps.enumerated() where (try? check.roadmap(roadmap, at: index, isStored: isStored, parsedEarly: parsedEarly)) == nil {
            return nil
        }
        return (backup, check.documents, events)
    }

    /// A custom roadmap's YAML parsed ahead of its check, as `RoadmapParser.parse(source, file: fileName)` parses it.
    public struct ParsedRoadmap: Sendable {
        public var fileName: String
        public var source: String
        public var document: RoadmapDocument?
        public var findings: [Finding]
        /// The document's compiled form (`CompiledRoadmap.encode`), made on the same thread: a large import's writing
        /// thread compiled a 10,000-skill roadmap to store it (0.41 G).
        public var compiled: String?

        /// Whether this is the parse of `roadmap`: the same file name and the very same bytes of YAML (String's `==`
        /// compares characters).
        public func isParse(of roadmap: CustomRoadmap) -> Bool {
            guard fileName == roadmap.fileName else { return false }
            var (one, other) = (source, roadmap.source)
            return one.withUTF8 { first in
                other.withUTF8 { second in first.count == second.count && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0) }
            }
        }
    }

    /// The custom roadmaps found near the end of `bytes` (`BackupReader.roadmapsNearEnd`: where `roadmap export` writes
    /// them), parsed, but for those `isStored`: work another thread can do while the commands and events before them
    /// are read and written. A guess, never a check: the check takes a parse from here only for the very same YAML.
    public static func parseRoadmapsNearEnd(_ bytes: UnsafeRawBufferPointer, isStored: (CustomRoadmap) -> Bool) -> [ParsedRoadmap] {
        let roadmaps = BackupReader.roadmapsNearEnd(bytes.assumingMemoryBound(to: UInt8.self)) ?? []
        return roadmaps.filter { !isStored($0) && !LogField.holdsNUL($0.source) }.map { roadmap in
            let parsed = RoadmapParser.parse(roadmap.source, file: roadmap.fileName)
            return ParsedRoadmap(
                fileName: roadmap.fileName, source: roadmap.source, document: parsed.document, findings: parsed.findings,
                compiled: parsed.findings.contains { $0.severity == .error } ? nil : parsed.document.map(CompiledRoadmap.encode))
        }
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

    /// Cross-references, vocabularies and formats, each field read by its one reader in `LogField`, the reader the
    /// store reads it back with: what is taken here can always be read.
    /// A custom roadmap the database already holds as it is (`isStored`) was parsed when it was stored, and is not
    /// stored again (its version is not newer): its YAML, a fifth of an import's time, is not parsed again.
    @discardableResult
    func check(isStored: (CustomRoadmap) -> Bool = { _ in false }) throws -> [String: RoadmapDocument] {
        var check = BackupCheck(commands: commands.count, events: events.count)
        for (index, enrolment) in enrolments.enumerated() { try check.enrolment(enrolment, at: index) }
        for (index, roadmap) in roadmaps.enumerated() { try check.roadmap(roadmap, at: index, isStored: isStored) }
        for (index, command) in commands.enumerated() { try check.command(command, at: index) }
        for (index, command) in commands.enumerated() { try check.references(of: command, at: index) }
        for (index, event) in events.enumerated() { try check.event(event, at: index) }
        for (index, event) in events.enumerated() { try check.withdrawal(of: event, at: index) }
        return check.documents
    }

    /// `2026-01-10T09:30:00.000Z`, as the database stores times.
    static func checkTime(_ text: String, at place: @autoclosure () -> String) throws {
        if let problem = Timestamp.problem(text) { throw RoadmapError.invalidBackup("has an invalid time '\(text)' at \(place()): \(problem)") }
    }
}

/// A backup's checks, one part at a time: `ProgressBackup.check` runs them over the whole backup in this order
/// (enrolments, roadmaps, commands, their references, events, their withdrawals); a reader that streams the backup
/// runs the same ones as it reads.
struct BackupCheck {
    /// The custom roadmaps parsed, by id.
    private(set) var documents: [String: RoadmapDocument] = [:]
    private var enrolled: Set<String> = []
    private var roadmapIDs: Set<String> = []
    /// By `UUIDKey`, not String: 200,000 of them in a large backup.
    private var commandIDs: Set<UUIDKey> = []
    private var skills: Set<String> = []
    private var eventIDs: Set<UUIDKey> = []

    init(commands: Int = 0, events: Int = 0) {
        commandIDs.reserveCapacity(commands)
        eventIDs.reserveCapacity(events)
    }

    private func refuse(_ problem: String, at place: String) -> RoadmapError { RoadmapError.invalidBackup("\(problem) at \(place)") }

    mutating func enrolment(_ enrolment: ProgressBackup.Enrolment, at index: Int) throws {
        let place = "enrolments[\(index)]"
        guard LogField.isRoadmapID(enrolment.roadmap) else { throw refuse("has an invalid roadmap id '\(enrolment.roadmap)'", at: place + ".roadmap") }
        guard enrolled.insert(enrolment.roadmap).inserted else { throw refuse("has a second enrolment in '\(enrolment.roadmap)'", at: place + ".roadmap") }
        try ProgressBackup.checkTime(enrolment.startedAt, at: place + ".startedAt")
        try ProgressBackup.checkTime(enrolment.updatedAt, at: place + ".updatedAt")
        if let stage = enrolment.targetStage, !LogField.isLine(stage) { throw refuse("has an invalid stage id '\(stage)'", at: place + ".targetStage") }
        if let date = enrolment.targetDate, Day(date) == nil { throw refuse("has an invalid target date '\(date)' (YYYY-MM-DD)", at: place + ".targetDate") }
    }

    /// - Parameter parsedEarly: custom roadmaps parsed ahead: the roadmap's YAML is parsed here only when none of them is it.
    mutating func roadmap(
        _ roadmap: ProgressBackup.CustomRoadmap, at index: Int, isStored: (ProgressBackup.CustomRoadmap) -> Bool,
        parsedEarly: () -> [ProgressBackup.ParsedRoadmap] = { [] }
    ) throws {
        let place = "roadmaps[\(index)]"
        guard roadmapIDs.insert(roadmap.id).inserted else { throw refuse("has a second custom roadmap '\(roadmap.id)'", at: place + ".id") }
        try ProgressBackup.checkTime(roadmap.addedAt, at: place + ".addedAt")
        try ProgressBackup.checkTime(roadmap.updatedAt, at: place + ".updatedAt")
        guard LogField.isLine(roadmap.fileName) else { throw refuse("has an invalid file name", at: place + ".fileName") }
        if LogField.holdsNUL(roadmap.source) { throw refuse("has a roadmap file that holds a NUL character", at: place + ".source") }
        if isStored(roadmap) { return }
        let parsed = parsedEarly().first { $0.isParse(of: roadmap) }.map { (document: $0.document, findings: $0.findings) }
            ?? RoadmapParser.parse(roadmap.source, file: roadmap.fileName)
        if let error = parsed.findings.first(where: { $0.severity == .error }) {
            throw refuse("holds a custom roadmap that does not load: \(error)", at: place + ".source")
        }
        guard let document = parsed.document, document.id.value == roadmap.id else {
            throw refuse("has a custom roadmap whose id is not '\(roadmap.id)'", at: place + ".id")
        }
        documents[roadmap.id] = document
    }

    // Places are spelt out only for the error: a hundred thousand events are checked on every import.
    mutating func command(_ command: ProgressBackup.Command, at index: Int) throws {
        let key = UUIDKey(command.uuid)
        guard key.isCanonical || LogField.isUUID(command.uuid) else { throw refuse("has an invalid command uuid '\(command.uuid)'", at: "commands[\(index)].uuid") }
        guard commandIDs.insert(key).inserted else { throw refuse("has a repeated command uuid '\(command.uuid)'", at: "commands[\(index)].uuid") }
        try ProgressBackup.checkTime(command.recordedAt, at: "commands[\(index)].recordedAt")
        guard LogField.isLine(command.name) else { throw refuse("has a command name that is not one line of text", at: "commands[\(index)].name") }
        for (position, argument) in command.arguments.enumerated() {
            if let problem = LogField.textProblem(argument) { throw refuse("has an argument that \(problem)", at: "commands[\(index)].arguments[\(position)]") }
        }
    }

    /// After every command.
    func references(of command: ProgressBackup.Command, at index: Int) throws {
        for (reference, key) in [(command.undoes, "undoes"), (command.undoneBy, "undoneBy")] {
            if let reference, !commandIDs.contains(UUIDKey(reference)) {
                throw refuse("refers to unknown command '\(reference)'", at: "commands[\(index)].\(key)")
            }
        }
    }

    /// After every command.
    mutating func event(_ event: ProgressBackup.Event, at index: Int) throws {
        func place(_ key: String) -> String { "events[\(index)].\(key)" }
        let key = UUIDKey(event.uuid)
        guard key.isCanonical || LogField.isUUID(event.uuid) else { throw refuse("has an invalid event uuid '\(event.uuid)'", at: place("uuid")) }
        guard eventIDs.insert(key).inserted else { throw refuse("has a repeated event uuid '\(event.uuid)'", at: place("uuid")) }
        guard commandIDs.contains(UUIDKey(event.command)) else { throw refuse("refers to unknown command '\(event.command)'", at: place("command")) }
        // A back-dated mark is dated to a day, with no time of day.
        if LogField.eventTime(event.at) == nil {
            let problem = event.at.utf8.count == 10 ? "not a day of the calendar (YYYY-MM-DD)" : Timestamp.problem(event.at) ?? ""
            throw RoadmapError.invalidBackup("has an invalid time '\(event.at)' at \(place("at")): \(problem)")
        }
        // A skill id is checked once, however many events it has.
        if !skills.contains(event.skill) {
            guard LogField.isSkillID(event.skill) else { throw refuse("has an invalid skill id '\(event.skill)'", at: place("skill")) }
            skills.insert(event.skill)
        }
        guard let kind = LogField.eventKind(event.kind) else { throw refuse("has an unknown event kind '\(event.kind)'", at: place("kind")) }
        // Field by field, not through an array a field: two arrays an event were a tenth of this check.
        if let status = event.from, LogField.status(status) == nil { throw refuse("has an unknown status '\(status)'", at: place("from")) }
        if let status = event.to, LogField.status(status) == nil { throw refuse("has an unknown status '\(status)'", at: place("to")) }
        if (kind == .status) != (event.from != nil && event.to != nil) {
            throw refuse("has a status change without from and to (or the reverse)", at: place("kind"))
        }
        if (kind == .review) != (event.recall != nil) {
            throw refuse("has a review without its recall (or the reverse)", at: place("kind"))
        }
        if let recall = event.recall, LogField.recall(recall) == nil { throw refuse("has an unknown recall '\(recall)'", at: place("recall")) }
        if (kind == .note || kind == .noteWithdrawn) && event.note == nil { throw refuse("has a note without its text", at: place("note")) }
        if kind == .evidence || kind == .evidenceWithdrawn {
            guard let url = event.url, LogField.isWebLink(url) else { throw refuse("has evidence without an http(s) link", at: place("url")) }
        }
        if let text = event.note, let problem = LogField.textProblem(text) { throw refuse("has a text that \(problem)", at: place("note")) }
        if let text = event.title, let problem = LogField.textProblem(text) { throw refuse("has a text that \(problem)", at: place("title")) }
        if let text = event.url, let problem = LogField.textProblem(text) { throw refuse("has a text that \(problem)", at: place("url")) }
    }

    /// After every event.
    func withdrawal(of event: ProgressBackup.Event, at index: Int) throws {
        if let withdrawn = event.withdraws, !eventIDs.contains(UUIDKey(withdrawn)) {
            throw refuse("withdraws unknown event '\(withdrawn)'", at: "events[\(index)].withdraws")
        }
    }
}
