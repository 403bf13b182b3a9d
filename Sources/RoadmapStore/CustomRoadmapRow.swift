import GRDB
import RoadmapCore

/// A row of the custom_roadmap table; GRDB keeps `document` as JSON, its Codable form.
struct CustomRoadmapRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "custom_roadmap"
    var id: String
    var version: Int
    /// The YAML as given; optional only because reads leave it out when there is a document to read instead.
    var source: String?
    /// Schema 002's compiled text, retired: the column is NOT NULL, so rows hold "" and nothing reads it.
    var compiled = ""
    /// Nil in rows stored before schema 005, until the program parses `source` and writes it back.
    var document: RoadmapDocument?
    var file_name: String
    var added_at: String
    var updated_at: String

    init(document: RoadmapDocument?, id: String, version: Int, source: String, fileName: String, addedAt: String, updatedAt: String) {
        self.id = id
        self.version = version
        self.source = source
        self.document = document
        file_name = fileName
        added_at = addedAt
        updated_at = updatedAt
    }

    /// Every row by id; `source` only where asked for or where there is no document, as the YAML doubles what is read.
    static func all(_ db: Database, includingSource: Bool) throws -> [CustomRoadmapRow] {
        try fetchAll(db, sql: """
            SELECT id, version, CASE WHEN ? OR document IS NULL THEN source END AS source, '' AS compiled, document,
                file_name, added_at, updated_at
            FROM custom_roadmap ORDER BY id
            """, arguments: [includingSource])
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
