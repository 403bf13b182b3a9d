import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Import commands stay out of backups: what they brought is in the backup itself, and a restored backup
    /// exports the same bytes. Their undos go with them.
    static let notAnImport = """
        c.name <> 'import' AND NOT EXISTS (SELECT 1 FROM command i WHERE i.id = c.undoes AND i.name = 'import')
        """

    /// Everything the database holds, in log order, read in one transaction.
    public func backup(exportedAt: Date) throws -> ProgressBackup {
        try readBackup(exportedAt: exportedAt) { try ProgressBackup($0) }
    }

    /// Everything the database holds, handed to `body` as parts it reads as they are written
    /// (`ProgressBackup.write`), in one transaction. An error `body` throws that is not the database's (a full
    /// disk) comes out as it is.
    public func readBackup<T>(exportedAt: Date, _ body: (StoredBackup) throws -> T) throws -> T {
        var passedOn: (any Error)?
        do {
            return try read { db in
                do {
                    return try body(StoredBackup(db: db, exportedAt: Timestamp.text(exportedAt)))
                } catch where !(error is DatabaseError || error is RowDecodingError || error is StoreError) {
                    passedOn = error
                    throw error
                }
            }
        } catch {
            throw passedOn ?? error
        }
    }
}
