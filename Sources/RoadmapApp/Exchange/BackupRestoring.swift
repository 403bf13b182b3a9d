import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap import`: a backup merged in one command that undo reverts exactly; checked whole before anything opens for writing.
public struct BackupRestoring {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func restore(file: String, progress: WorkProgress? = nil) throws -> ImportOutcome {
        let (backup, documents) = try read(file)
        let told = backup.events.count >= LargeWork.events ? progress : nil
        let summary = try session.storage.recordCatalogChange { store in
            try store.restore(backup, documents: documents, command: session.command("import")) { done, total in told?((done, total)) }
        }
        told?(nil)
        return ImportOutcome(file: file, summary: summary)
    }

    /// The backup in `file`, checked whole: read once from its bytes, which are let go before the restore; the usual
    /// way (its text, what kind of file it is, JSONDecoder) only when that does not take it, so each refusal stays the same.
    private func read(_ file: String) throws -> (ProgressBackup, [String: RoadmapDocument]) {
        let known = ProgressStore.knownSchemaVersions
        if let read = try FileText.data(file).withUnsafeBytes({ ProgressBackup.decodePlainly($0, knownSchemas: known) }) {
            return read
        }
        let text = try ExpectedFile.backup.read(file)
        do {
            return try ProgressBackup.decode(Data(text.utf8), knownSchemas: known)
        } catch let RoadmapError.invalidBackup(problem) {
            throw CommandError.notImported(file: file, problem: problem)
        }
    }
}
