import Foundation

/// Everything a progress database holds, as `roadmap export --format json` writes it and `roadmap import` reads it.
/// Times are kept as the database stores them (`2026-01-10T09:30:00.000Z`) so they round-trip exactly;
/// every reference is by uuid, so backups merge into any database. The shape is documented in README.md.
/// Read with JSONDecoder (`decode`); written only by `encoded()`, so there is one writer of backups (its parts are
/// Codable for the lines a sync repository holds).
public struct ProgressBackup: Sendable, Hashable, Decodable {
    public static let formatName = "roadmap-backup"
    /// 2 added reviews (events of kind `review` with their `recall`); a version 1 backup has none and reads as it is.
    public static let currentFormatVersion = 2

    public struct Enrolment: Sendable, Hashable, Codable {
        public var roadmap: String
        public var startedAt: String
        public var targetStage: String?
        public var targetDate: String?
        public var updatedAt: String

        public init(roadmap: String, startedAt: String, targetStage: String?, targetDate: String?, updatedAt: String) {
            self.roadmap = roadmap
            self.startedAt = startedAt
            self.targetStage = targetStage
            self.targetDate = targetDate
            self.updatedAt = updatedAt
        }
    }

    public struct Command: Sendable, Hashable, Codable {
        public var uuid: String
        public var recordedAt: String
        public var name: String
        public var arguments: [String]
        public var undoes: String?
        public var undoneBy: String?

        public init(uuid: String, recordedAt: String, name: String, arguments: [String], undoes: String?, undoneBy: String?) {
            self.uuid = uuid
            self.recordedAt = recordedAt
            self.name = name
            self.arguments = arguments
            self.undoes = undoes
            self.undoneBy = undoneBy
        }
    }

    public struct Event: Sendable, Hashable, Codable {
        public var uuid: String
        public var command: String
        public var at: String
        public var skill: String
        public var kind: String
        public var from: String?
        public var to: String?
        public var note: String?
        public var url: String?
        public var title: String?
        /// For a withdrawal: the uuid of the note or evidence event it withdraws.
        public var withdraws: String?
        /// For a review: easy, good, hard or forgot (format version 2).
        public var recall: String?

        public init(
            uuid: String, command: String, at: String, skill: String, kind: String, from: String?, to: String?, note: String?,
            url: String?, title: String?, withdraws: String? = nil, recall: String? = nil
        ) {
            self.uuid = uuid
            self.command = command
            self.at = at
            self.skill = skill
            self.kind = kind
            self.from = from
            self.to = to
            self.note = note
            self.url = url
            self.title = title
            self.withdraws = withdraws
            self.recall = recall
        }
    }

    /// A roadmap the user added, with its YAML.
    public struct CustomRoadmap: Sendable, Hashable, Codable {
        public var id: String
        public var version: Int
        public var fileName: String
        public var source: String
        public var addedAt: String
        public var updatedAt: String

        public init(id: String, version: Int, fileName: String, source: String, addedAt: String, updatedAt: String) {
            self.id = id
            self.version = version
            self.fileName = fileName
            self.source = source
            self.addedAt = addedAt
            self.updatedAt = updatedAt
        }
    }

    public var format: String
    public var formatVersion: Int
    public var schemaVersion: String
    public var exportedAt: String
    public var enrolments: [Enrolment]
    public var roadmaps: [CustomRoadmap]
    /// In log order.
    public var commands: [Command]
    /// In log order.
    public var events: [Event]

    public init(schemaVersion: String, exportedAt: String, enrolments: [Enrolment], roadmaps: [CustomRoadmap], commands: [Command], events: [Event]) {
        format = Self.formatName
        formatVersion = Self.currentFormatVersion
        self.schemaVersion = schemaVersion
        self.exportedAt = exportedAt
        self.enrolments = enrolments
        self.roadmaps = roadmaps
        self.commands = commands
        self.events = events
    }

    /// The same backup always gives the same bytes.
    public func encoded() -> Data {
        BackupJSON.encode(self)
    }
}
