/// A backup's parts in the order its JSON writes them (keys sorted): a backup held whole (`ProgressBackup`), or
/// one read from the database as it is written, so 100,000 events are never held at once.
public protocol BackupParts {
    var format: String { get }
    var formatVersion: Int { get }
    var schemaVersion: String { get }
    var exportedAt: String { get }
    /// A command as the parts hold it.
    associatedtype CommandRow: CommandFields
    /// Every command, in log order.
    func eachCommand(_ body: (CommandRow) throws -> Void) throws
    func eachEnrolment(_ body: (ProgressBackup.Enrolment) throws -> Void) throws
    /// An event as the parts hold it.
    associatedtype EventRow: EventFields
    /// Every event, in log order.
    func eachEvent(_ body: (EventRow) throws -> Void) throws
    func eachRoadmap(_ body: (ProgressBackup.CustomRoadmap) throws -> Void) throws
}

extension ProgressBackup: BackupParts {
    public func eachCommand(_ body: (Command) throws -> Void) rethrows { try commands.forEach(body) }
    public func eachEnrolment(_ body: (Enrolment) throws -> Void) rethrows { try enrolments.forEach(body) }
    public func eachEvent(_ body: (Event) throws -> Void) rethrows { try events.forEach(body) }
    public func eachRoadmap(_ body: (CustomRoadmap) throws -> Void) rethrows { try roadmaps.forEach(body) }
}

extension ProgressBackup {
    /// The parts held whole.
    public init(_ parts: some BackupParts) throws {
        var commands: [Command] = []
        try parts.eachCommand { commands.append(Command($0)) }
        var enrolments: [Enrolment] = []
        try parts.eachEnrolment { enrolments.append($0) }
        var events: [Event] = []
        try parts.eachEvent { events.append(Event($0)) }
        var roadmaps: [CustomRoadmap] = []
        try parts.eachRoadmap { roadmaps.append($0) }
        self.init(
            schemaVersion: parts.schemaVersion, exportedAt: parts.exportedAt, enrolments: enrolments,
            roadmaps: roadmaps, commands: commands, events: events)
        (format, formatVersion) = (parts.format, parts.formatVersion)
    }

    /// The JSON of a backup read as it is written: `write` gets pieces of about 64 KiB, each ending between two
    /// elements (never inside a character), whose bytes together are `encoded()`'s.
    public static func write(_ parts: some BackupParts, _ write: ([UInt8]) throws -> Void) throws {
        try withoutActuallyEscaping(write) { write in
            var json = PrettyJSON(flushingAt: 1 << 16, to: write)
            try BackupJSON.write(parts, to: &json)
            try json.flush()
        }
    }
}
