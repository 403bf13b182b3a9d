import Foundation

/// One line of a device's file in a sync repository (`devices/<device-id>.jsonl`): one command with the events it
/// recorded, in the shapes the JSON backup uses, and what it set outside the log (enrolments, custom roadmaps),
/// so every device derives the same state. Written with JSONEncoder (sorted keys, one line), read with JSONDecoder.
public struct SyncLine: Sendable, Hashable, Codable {
    /// The command; `undoes` names the command an undo reverted. `undoneBy` is never set in a line: a later
    /// line's undo says it.
    public var command: ProgressBackup.Command
    /// In log order.
    public var events: [ProgressBackup.Event]
    /// The enrolments the command set (start, import), as it left them.
    public var enrolments: [ProgressBackup.Enrolment]
    /// The custom roadmaps the command added or replaced (add, import), with their YAML.
    public var roadmaps: [ProgressBackup.CustomRoadmap]
    /// The custom roadmaps the command removed.
    public var roadmapsRemoved: [String]
    /// The host name of the device that recorded it, for messages ("3 marks from laptop").
    public var host: String?

    public init(
        command: ProgressBackup.Command, events: [ProgressBackup.Event], enrolments: [ProgressBackup.Enrolment] = [],
        roadmaps: [ProgressBackup.CustomRoadmap] = [], roadmapsRemoved: [String] = [], host: String? = nil
    ) {
        self.command = command
        self.events = events
        self.enrolments = enrolments
        self.roadmaps = roadmaps
        self.roadmapsRemoved = roadmapsRemoved
        self.host = host
    }

    enum CodingKeys: String, CodingKey {
        case command, events, enrolments, roadmaps, roadmapsRemoved, host
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        command = try container.decode(ProgressBackup.Command.self, forKey: .command)
        events = try container.decodeIfPresent([ProgressBackup.Event].self, forKey: .events) ?? []
        enrolments = try container.decodeIfPresent([ProgressBackup.Enrolment].self, forKey: .enrolments) ?? []
        roadmaps = try container.decodeIfPresent([ProgressBackup.CustomRoadmap].self, forKey: .roadmaps) ?? []
        roadmapsRemoved = try container.decodeIfPresent([String].self, forKey: .roadmapsRemoved) ?? []
        host = try container.decodeIfPresent(String.self, forKey: .host)
    }
}

/// Every line read from one device's file.
public struct SyncBatch: Sendable, Hashable {
    /// The device id, the file's name without `.jsonl`.
    public var device: String
    public var lines: [SyncLine]

    public init(device: String, lines: [SyncLine]) {
        self.device = device
        self.lines = lines
    }

    /// The name messages use: the newest host name a line gave, else the start of the device id.
    public var displayName: String {
        lines.last(where: { $0.host?.isEmpty == false })?.host ?? String(device.prefix(8))
    }
}
