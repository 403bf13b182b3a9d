import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap import`: a backup merged in one command that undo reverts exactly, all of it or nothing: checked whole before
/// anything is kept (as it is read, in a transaction that any refusal rolls back, or before anything opens for writing).
public struct BackupRestoring {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func restore(file: String, progress: WorkProgress? = nil) throws -> ImportOutcome {
        if let summary = restoreAsRead(file, progress: progress) { return ImportOutcome(file: file, summary: summary) }
        let (backup, documents) = try read(file)
        let told = backup.events.count >= LargeWork.events ? progress : nil
        let summary = try session.storage.recordCatalogChange { store in
            try store.restore(backup, documents: documents, command: session.command("import")) { done, total in told?((done, total)) }
        }
        told?(nil)
        return ImportOutcome(file: file, summary: summary)
    }

    /// The backup in `file` restored as it is read, its commands and events written as they pass their checks, none
    /// held: nil, with nothing changed (the transaction rolled back, or a new database's file removed), for anything
    /// the usual way must handle or refuse (a file not read plainly, not valid, a database there that this build does
    /// not keep as it is), which then does. Where no database is yet, it is made whole and put in place at the end.
    /// A large file's progress is told in bytes of it written, the number of its events being known only at its end.
    // 100,000 events held took 230 MiB, the file's bytes 68 MiB more while read (Benchmarks/README.md).
    private func restoreAsRead(_ file: String, progress: WorkProgress?) -> ImportSummary? {
        let isNew = session.storage.databaseIsAbsent
        guard let stored = isNew ? [:] : storedRoadmaps(), let mapped = MappedFile(path: file) else { return nil }
        let size = mapped.bytes.count
        let told = size >= LargeWork.bytes ? progress : nil
        defer { told?(nil) }
        let isStored = { (roadmap: ProgressBackup.CustomRoadmap) in
            stored[roadmap.id].map { ($0.version, $0.fileName, $0.source) == (roadmap.version, roadmap.fileName, roadmap.source) } ?? false
        }
        let early = RoadmapsParsedEarly(mapped, isStored: isStored)
        let readAhead = BackupReadAhead(mapped, knownSchemas: ProgressStore.knownSchemaVersions, isStored: isStored, parsedEarly: early.parsed)
        defer { readAhead.stop() }
        let restore = { (store: ProgressStore) in
            try store.restore(command: session.command("import")) { restoring in
                var batch: [BackupReadAhead.Item] = []
                var through = 0, percent = -1
                while readAhead.next(&batch, through: &through) {
                    for item in batch {
                        switch item {
                        case .command(let command): try restoring.add(command)
                        case .event(let event): try restoring.add(event)
                        }
                    }
                    // Told when the percentage moves: 100 lines at most, not one a batch.
                    if let told, through * 100 / size != percent {
                        percent = through * 100 / size
                        told((through, size))
                    }
                }
                guard let read = readAhead.result else { throw NotReadAsItCame() }
                var compiled: [String: String] = [:]
                for roadmap in read.backup.roadmaps where read.roadmaps[roadmap.id] != nil {
                    compiled[roadmap.id] = early.parsed().first { $0.isParse(of: roadmap) }?.compiled
                }
                let summary = try restoring.finish(
                    enrolments: read.backup.enrolments, roadmaps: read.backup.roadmaps, documents: read.roadmaps, compiled: compiled)
                // Cleared before a new database is put in place: its opening says so on a line of its own.
                told?(nil)
                return summary
            }
        }
        if isNew { return try? session.storage.recordCatalogChangeInNewDatabase(restore) }
        return try? session.storage.recordCatalogChange(restore)
    }

    private struct NotReadAsItCame: Error {}

    /// The backup's custom roadmaps parsed on a thread of their own while its commands and events are read and written
    /// (`ProgressBackup.parseRoadmapsNearEnd`): the YAML of a 10,000-skill roadmap was a fifth of a large import's work,
    /// done last. The thread holds the mapped file until it is done.
    private final class RoadmapsParsedEarly: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let mapped: MappedFile
        private let isStored: (ProgressBackup.CustomRoadmap) -> Bool
        private var result: [ProgressBackup.ParsedRoadmap] = []
        private var waited = false

        init(_ mapped: MappedFile, isStored: @escaping (ProgressBackup.CustomRoadmap) -> Bool) {
            (self.mapped, self.isStored) = (mapped, isStored)
            WorkerThread.start { [self] in
                result = ProgressBackup.parseRoadmapsNearEnd(self.mapped.bytes, isStored: self.isStored)
                // The parse's garbage: ~45 MiB of YAML nodes for 10,000 skills.
                WorkerThread.giveBackFreedMemory()
                done.signal()
            }
        }

        /// Waits for the thread (once): only then is `result` read.
        func parsed() -> [ProgressBackup.ParsedRoadmap] {
            if !waited {
                done.wait()
                waited = true
            }
            return result
        }
    }

    /// The backup in `file`, checked whole: read once from its bytes, which are let go before the restore; the usual
    /// way (its text, what kind of file it is, JSONDecoder) only when that does not take it, so each refusal stays the same.
    private func read(_ file: String) throws -> (ProgressBackup, [String: RoadmapDocument]) {
        let known = ProgressStore.knownSchemaVersions
        let stored = storedRoadmaps() ?? [:]
        let isStored = { (roadmap: ProgressBackup.CustomRoadmap) in
            stored[roadmap.id].map { ($0.version, $0.fileName, $0.source) == (roadmap.version, roadmap.fileName, roadmap.source) } ?? false
        }
        if let read = try FileText.data(file).withUnsafeBytes({ ProgressBackup.decodePlainly($0, knownSchemas: known, isStored: isStored) }) {
            return read
        }
        let text = try ExpectedFile.backup.read(file)
        do {
            return try ProgressBackup.decode(Data(text.utf8), knownSchemas: known, isStored: isStored)
        } catch let RoadmapError.invalidBackup(problem) {
            throw CommandError.notImported(file: file, problem: problem)
        }
    }

    /// The custom roadmaps the database holds whose stored document this build reads, as a backup spells them: one the
    /// backup holds as it is needs no parse to be checked (it was parsed to be stored) and is not stored again.
    /// Only peeked at: an import refused leaves the file as it was, never upgraded or waited on. Nil when there is
    /// no database as this build keeps it (missing, older, busy).
    private func storedRoadmaps() -> [String: (version: Int, fileName: String, source: String)]? {
        guard let store = ProgressStore.peek(path: session.storage.path), let roadmaps = try? store.customRoadmaps() else { return nil }
        var stored: [String: (version: Int, fileName: String, source: String)] = [:]
        for roadmap in roadmaps where roadmap.document != nil {
            if let source = roadmap.source { stored[roadmap.id] = (roadmap.version, roadmap.fileName, source) }
        }
        return stored
    }
}
