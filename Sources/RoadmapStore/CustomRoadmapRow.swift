import GRDB
import GRDBSQLite
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

    /// - Parameter compiled: `document`'s compiled form when it was made beforehand.
    init(
        document: RoadmapDocument?, compiled: String? = nil, id: String, version: Int, source: String, fileName: String, addedAt: String,
        updatedAt: String
    ) {
        self.id = id
        self.version = version
        self.source = source
        self.compiled = document.map { compiled ?? CompiledRoadmap.encode($0) } ?? ""
        file_name = fileName
        added_at = addedAt
        updated_at = updatedAt
    }

    /// Nil when the compiled text is empty or does not read back (another build's form): the caller parses `source`.
    var document: RoadmapDocument? { CompiledRoadmap.decode(compiled) }

    /// `CompiledRoadmap.decode(_:skillsWhenAsked:)`.
    func document(skillsWhenAsked: Bool) -> RoadmapDocument? { CompiledRoadmap.decode(compiled, skillsWhenAsked: skillsWhenAsked) }

    /// Every row, by id; without `source` ("" in its place), the YAML is not read, and the compiled text is read
    /// through `compiledText`.
    static func all(_ db: Database, withSource: Bool = true) throws -> [CustomRoadmapRow] {
        guard !withSource else {
            return try fetchAll(db, sql: "SELECT id, version, source, compiled, file_name, added_at, updated_at FROM custom_roadmap ORDER BY id")
        }
        return try Row.fetchAll(db, sql: """
            SELECT rowid, id, version, '' AS source, '' AS compiled, file_name, added_at, updated_at FROM custom_roadmap ORDER BY id
            """).map { row in
            var record = try CustomRoadmapRow(row: row)
            record.compiled = try compiledText(db, rowid: row[0])
            return record
        }
    }

    /// The compiled text of the row `rowid`, read from its pages straight into the string's own storage. Read as a
    /// column, SQLite first put its text together in a buffer of its own, which the string then copied: two copies
    /// of 2.6 MB for a 10,000-skill roadmap (large `info`: 3,712 page faults that way, 3,355 this way).
    static func compiledText(_ db: Database, rowid: Int64) throws -> String {
        var blob: OpaquePointer?
        defer { sqlite3_blob_close(blob) }
        guard sqlite3_blob_open(db.sqliteConnection, "main", "custom_roadmap", "compiled", rowid, 0, &blob) == SQLITE_OK,
              let blob
        else {
            // Should SQLite not open it: read as a column.
            return try String.fetchOne(db, sql: "SELECT compiled FROM custom_roadmap WHERE rowid = ?", arguments: [rowid]) ?? ""
        }
        let count = Int(sqlite3_blob_bytes(blob))
        var status = SQLITE_OK
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            guard count > 0 else { return 0 }
            status = sqlite3_blob_read(blob, buffer.baseAddress, Int32(count), 0)
            return status == SQLITE_OK ? count : 0
        }
        guard status == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: status), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return text
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
