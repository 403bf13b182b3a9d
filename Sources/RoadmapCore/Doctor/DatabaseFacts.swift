/// What `roadmap doctor` found at the database path, gathered by RoadmapStore without creating or upgrading anything.
public struct DatabaseFacts: Sendable, Hashable {
    /// How far the file could be read.
    public enum Readability: Sendable, Hashable {
        case missing
        /// An empty file: the first command that records makes it a database.
        case empty
        case notAFile
        case notSQLite
        /// An SQLite database of another program.
        case notOurs
        case unreadable(String)
        case damaged(String)
        /// Written by a newer roadmap: its schema.
        case newer(String)
        case readable
    }

    public struct CustomRoadmap: Sendable, Hashable, Codable {
        public var id: String
        public var version: Int
        public init(id: String, version: Int) {
            self.id = id
            self.version = version
        }
    }

    public var path: String
    public var readability: Readability
    public var size: Int64?
    /// Permission bits, e.g. 0o600; nil when there is no file.
    public var fileMode: Int?
    public var folder: String
    public var folderMode: Int?
    /// Both the file (when there is one) and its folder can be written.
    public var isWritable: Bool
    /// The newest migration applied, e.g. `005_roadmap_document`.
    public var schema: String?
    public var events: Int?
    public var commands: Int?
    /// `PRAGMA integrity_check`'s lines: `["ok"]` when sound; nil when it could not run.
    public var integrity: [String]?
    public var journalMode: String?
    public var startedRoadmaps: [String]
    /// The content key of each started roadmap when the user was last told of its changes.
    public var toldKeys: [String: String]
    public var customRoadmaps: [CustomRoadmap]
    /// Fields of rows that do not read, each with its repair; commands leave their rows out.
    public var unreadableFields: [UnreadableField] = []

    public init(path: String, readability: Readability, folder: String) {
        self.path = path
        self.readability = readability
        self.folder = folder
        isWritable = false
        startedRoadmaps = []
        toldKeys = [:]
        customRoadmaps = []
    }
}
