import GRDB
import RoadmapCore

/// A row of the custom_roadmap table. The document is kept in `compiled`, CompiledRoadmap's text, not as
/// JSON: JSONDecoder took 110 ms for a 2,000-skill roadmap and 450 ms for 10,000, on every command
/// (Benchmarks/README.md). Schema 005's `document` column is left empty.
struct CustomRoadmapRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "custom_roadmap"
    var id: String
    var version: Int
    /// The YAML as given.
    var source: String
    /// The document in compiled form; "" in a row whose document is to be parsed again from `source`.
    var compiled: String
    var file_name: String
    var added_at: String
    var updated_at: String

    init(document: RoadmapDocument?, id: String, version: Int, source: String, fileName: String, addedAt: String, updatedAt: String) {
        self.id = id
        self.version = version
        self.source = source
        compiled = document.map(CompiledRoadmap.encode) ?? ""
        file_name = fileName
        added_at = addedAt
        updated_at = updatedAt
    }

    /// Nil when the compiled text is empty or does not read back (another build's form): the caller parses `source`.
    var document: RoadmapDocument? { CompiledRoadmap.decode(compiled) }

    /// `CompiledRoadmap.decode(_:skillsWhenAsked:)`.
    func document(skillsWhenAsked: Bool) -> RoadmapDocument? { CompiledRoadmap.decode(compiled, skillsWhenAsked: skillsWhenAsked) }

    /// Every row, by id; without `source` ("" in its place), the YAML is not read.
    static func all(_ db: Database, withSource: Bool = true) throws -> [CustomRoadmapRow] {
        try fetchAll(db, sql: withSource
            ? "SELECT id, version, source, compiled, file_name, added_at, updated_at FROM custom_roadmap ORDER BY id"
            : "SELECT id, version, '' AS source, compiled, file_name, added_at, updated_at FROM custom_roadmap ORDER BY id")
    }

    /// Adds the row, or replaces the one with the same id keeping when that was first added.
    func save(replacing db: Database) throws {
        var row = self
        if let addedAt = try String.fetchOne(db, sql: "SELECT added_at FROM custom_roadmap WHERE id = ?", arguments: [id]) {
            row.added_at = addedAt
            try row.update(db)
        } else {
            try row.insert(db)
        }
    }
}
