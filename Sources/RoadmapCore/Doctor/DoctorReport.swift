/// What `roadmap doctor` prints: where the database is and why, what it holds, and each problem with its fix.
/// Its JSON shape is documented in README.md.
public struct DoctorReport: Sendable, Hashable, Encodable {
    /// How the path was chosen.
    public enum Source: String, Sendable, Hashable, Encodable {
        case flag, environment, `default`
    }

    public struct Problem: Sendable, Hashable, Encodable {
        public enum Severity: String, Sendable, Hashable, Encodable { case error, warning }
        public var severity: Severity
        public var message: String
        public var fix: String
    }

    public var path: String
    public var source: Source
    public var exists: Bool
    @ExplicitNull public var size: Int64?
    /// `"0600"`; null without a file.
    @ExplicitNull public var mode: String?
    public var folder: String
    @ExplicitNull public var folderMode: String?
    @ExplicitNull public var schema: String?
    public var currentSchema: String
    @ExplicitNull public var events: Int?
    @ExplicitNull public var commands: Int?
    /// `"ok"`, or what the check found first; null when it could not run.
    @ExplicitNull public var integrity: String?
    @ExplicitNull public var journalMode: String?
    /// Started roadmaps that changed since the user was last told (the next command tells).
    public var changedRoadmaps: [String]
    public var customRoadmaps: [DatabaseFacts.CustomRoadmap]
    /// A remark that is no problem: no database yet, an upgrade to come.
    @ExplicitNull public var remark: String?
    public var problems: [Problem]
    /// When the database last synced, with what, and how many commands wait to be sent; null when it never synced
    /// (or could not be opened as it is).
    @ExplicitNull public var sync: SyncReminder? = nil

    public var isHealthy: Bool { problems.isEmpty }

    /// - Parameters:
    ///   - currentKeys: the content key of every roadmap in the catalog, by id, to compare with those last told.
    public init(_ facts: DatabaseFacts, source: Source, currentSchema: String, currentKeys: [String: String]) {
        path = facts.path
        self.source = source
        exists = facts.readability != .missing
        size = facts.size
        mode = facts.fileMode.map(Self.octal)
        folder = facts.folder
        folderMode = facts.folderMode.map(Self.octal)
        schema = facts.schema
        self.currentSchema = currentSchema
        events = facts.events
        commands = facts.commands
        integrity = facts.integrity.map { $0 == ["ok"] ? "ok" : $0.first ?? "failed" }
        journalMode = facts.journalMode
        changedRoadmaps = facts.schema == currentSchema
            ? facts.startedRoadmaps.filter { id in currentKeys[id].map { $0 != facts.toldKeys[id] } ?? false } : []
        customRoadmaps = facts.customRoadmaps
        var problems: [Problem] = []
        func error(_ message: String, _ fix: String) { problems.append(Problem(severity: .error, message: message, fix: fix)) }
        func warning(_ message: String, _ fix: String) { problems.append(Problem(severity: .warning, message: message, fix: fix)) }
        let quoted = facts.path.shellQuoted
        let restore = "move it aside (mv \(quoted) \((facts.path + ".damaged").shellQuoted)) and restore your latest backup with 'roadmap import FILE.json'"
        switch facts.readability {
        case .missing:
            if facts.folderMode == nil && source != .default {
                error("the folder \(facts.folder) does not exist", "create it (mkdir -m 700 \(facts.folder.shellQuoted)) or correct the path")
            } else {
                remark = "no database yet; the first command that records progress creates it"
            }
        case .empty:
            remark = "an empty file; the first command that records progress makes it a database"
        case .notAFile:
            error("\(facts.path) is not a regular file", "pass a file path with --db or $ROADMAP_DB")
        case .notSQLite:
            error("the file is not an SQLite database", "pass another --db path, or \(restore)")
        case .notOurs:
            error("the file is another program's SQLite database", "pass another --db path")
        case let .unreadable(reason):
            error("the file cannot be read: \(reason)", "make it readable (chmod u+rw \(quoted))")
        case let .damaged(reason):
            error("the database is damaged: \(reason)", restore)
        case let .newer(schema):
            error("the database was written by a newer roadmap (schema \(schema))", "upgrade roadmap")
        case .readable:
            if let schema = facts.schema, schema != currentSchema {
                remark = "schema \(schema) is older than \(currentSchema); the next command upgrades it and keeps a copy of the old file"
            }
        }
        // The first few in full: each names its table, row and field, and how to repair it.
        for field in facts.unreadableFields.prefix(Self.unreadableShown) {
            error("\(field.place) does not read: '\(field.value)' \(field.problem.hasPrefix("not ") ? "is " : "")\(field.problem)", field.repair)
        }
        if facts.unreadableFields.count > Self.unreadableShown {
            error("\(facts.unreadableFields.count - Self.unreadableShown) more fields do not read", "repair those above, then run 'roadmap doctor' again")
        }
        if exists, facts.readability != .notAFile, !facts.isWritable {
            warning("the database or its folder is read-only; commands that record progress will fail", "make them writable (chmod u+w \(quoted))")
        }
        if let mode = facts.fileMode, mode & 0o077 != 0 {
            warning("the database is open to group or others (mode \(Self.octal(mode)))", "chmod 600 \(quoted)")
        }
        // A sticky folder (/tmp) is shared by design; the file's own mode is what keeps it private there.
        if exists, let mode = facts.folderMode, mode & 0o077 != 0, mode & 0o1000 == 0 {
            warning("its folder is open to group or others (mode \(Self.octal(mode)))", "chmod 700 \(facts.folder.shellQuoted)")
        }
        self.problems = problems
    }

    static let unreadableShown = 10

    static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
