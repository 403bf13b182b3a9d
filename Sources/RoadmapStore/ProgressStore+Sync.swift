import Foundation
import GRDB
import RoadmapCore

extension ProgressStore {
    /// Who this database is to a sync repository, where it syncs, when it last did, and what waits to be sent.
    /// Reads only: a database that never synced has no device id yet.
    public func syncState() throws -> SyncState {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }

    /// Makes this database's device id when it has none, and records `remote` when given. Not a command: nothing to undo.
    @discardableResult
    public func prepareSync(remote: String?) throws -> SyncState {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }

    /// The commands recorded on this device whose uuid `written` (what its file already holds) lacks, as lines in log
    /// order. Commands an import brought are lines of their own; the import's line carries what it set outside the log.
    public func outgoingLines(excluding written: Set<String>, host: String?) throws -> [SyncLine] {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }

    /// Applies every device file's lines in one transaction; commands already here are skipped, so applying twice
    /// changes nothing. Status, notes, evidence, reviews, enrolments and custom roadmaps are then derived again in the
    /// order every device agrees on. `documents`: the lines' custom roadmaps parsed, by id and version.
    @discardableResult
    public func applyIncoming(
        _ batches: [SyncBatch], documents: [String: RoadmapDocument] = [:], recordedAt: Date,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> SyncReceipt {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }

    /// Records that these commands' lines are in this device's file (committed, maybe not pushed yet).
    public func markWritten(_ uuids: [String]) throws {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }

    /// Records a finished push at `at`: these commands (this device's file) reached the remote.
    public func markPushed(_ uuids: [String], at: Date) throws {
        throw StoreError.failed(path: displayPath, reason: "sync is being built")
    }
}
