import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap import`: a backup merged in one command that undo reverts exactly; checked whole before anything opens for writing.
public struct BackupRestoring {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func restore(file: String, progress: WorkProgress? = nil) throws -> ImportOutcome {
        let text = try ExpectedFile.backup.read(file)
        let (backup, documents): (ProgressBackup, [String: RoadmapDocument])
        do {
            (backup, documents) = try ProgressBackup.decode(Data(text.utf8), knownSchemas: ProgressStore.knownSchemaVersions)
        } catch let RoadmapError.invalidBackup(problem) {
            throw CommandError.notImported(file: file, problem: problem)
        }
        let told = backup.events.count >= LargeWork.events ? progress : nil
        let summary = try session.storage.recordCatalogChange { store in
            try store.restore(backup, documents: documents, command: session.command("import")) { done, total in told?((done, total)) }
        }
        told?(nil)
        return ImportOutcome(file: file, summary: summary)
    }
}
