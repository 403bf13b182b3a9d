import Foundation
import RoadmapCore
import RoadmapStore

/// A backup read and checked (`ProgressBackup.streamPlainly`) on a thread of its own while the importing thread
/// writes what was read: its commands and events handed over in batches, in the backup's order, a few batches at most
/// waiting, so memory stays bounded. Reading was a third of a large import's writing thread (Benchmarks/README.md).
final class BackupReadAhead: @unchecked Sendable {
    enum Item {
        case command(BackupRestore.PreparedCommand)
        case event(ProgressBackup.Event)
    }

    typealias Outcome = (backup: ProgressBackup, roadmaps: [String: RoadmapDocument], events: Int)

    private static let batchSize = 1024
    private static let batchesWaiting = 4

    private let mapped: MappedFile
    private let knownSchemas: [String]
    private let isStored: (ProgressBackup.CustomRoadmap) -> Bool
    private let parsedEarly: () -> [ProgressBackup.ParsedRoadmap]
    /// Guards what follows.
    private let condition = NSCondition()
    /// Each batch with how far into the file its last item reaches, in bytes.
    private var waiting: [(items: [Item], through: Int)] = []
    /// Batches written, handed back to be freed here: their strings were made here (0.48 G of a large import).
    private var spent: [[Item]] = []
    private var stopped = false
    private var ended = false
    private var outcome: Outcome?

    init(
        _ mapped: MappedFile, knownSchemas: [String], isStored: @escaping (ProgressBackup.CustomRoadmap) -> Bool,
        parsedEarly: @escaping () -> [ProgressBackup.ParsedRoadmap]
    ) {
        (self.mapped, self.knownSchemas, self.isStored, self.parsedEarly) = (mapped, knownSchemas, isStored, parsedEarly)
        WorkerThread.start { [self] in read() }
    }

    /// Hands `batch` back and puts the next one in its place, waiting for it to be read, and sets `through` to how far
    /// into the file it reaches; false once every batch was taken (then `result` tells how the read ended).
    func next(_ batch: inout [Item], through: inout Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if !batch.isEmpty { spent.append(batch) }
        batch = []
        while waiting.isEmpty, !ended { condition.wait() }
        guard !waiting.isEmpty else { return false }
        (batch, through) = waiting.removeFirst()
        condition.broadcast()
        return true
    }

    /// The rest of the backup once `next` gave false; nil when it did not read plainly or failed a check (or was stopped).
    var result: Outcome? {
        condition.lock()
        defer { condition.unlock() }
        return ended && !stopped ? outcome : nil
    }

    /// Ends the read at its next hand-over, if it still runs, and waits for its thread: called once the writing is
    /// over, however it ended, so nothing reads on after a failed write.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        if !ended { stopped = true }
        condition.broadcast()
        while !ended { condition.wait() }
    }

    private func read() {
        var batch: [Item] = []
        var read = 0
        var through = 0
        func keep(_ item: Item, bytesRead: Int) -> Bool {
            batch.append(item)
            read += 1
            through = bytesRead
            // The commands are half the file of a large backup: 30 MB held until the first event, before.
            if read % 4096 == 0 { mapped.release(upTo: bytesRead) }
            return batch.count < Self.batchSize || hand(&batch, through: through)
        }
        let outcome = ProgressBackup.streamPlainly(
            mapped.bytes, knownSchemas: knownSchemas, isStored: isStored, parsedEarly: parsedEarly,
            command: { keep(.command(BackupRestore.PreparedCommand($0)), bytesRead: $1) }, event: { keep(.event($0), bytesRead: $1) })
        let handed = outcome == nil || batch.isEmpty || hand(&batch, through: through)
        // What the read held to check the backup whole (every uuid) is freed by now.
        WorkerThread.giveBackFreedMemory()
        condition.lock()
        self.outcome = handed ? outcome : nil
        ended = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands a full batch over, waiting while too many wait; false once stopped.
    private func hand(_ batch: inout [Item], through: Int) -> Bool {
        // The batches written are freed here once the lock is let go: the writing thread never waits on their freeing.
        var written: [[Item]] = []
        defer { withExtendedLifetime(written) {} }
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.batchesWaiting, !stopped { condition.wait() }
        guard !stopped else { return false }
        waiting.append((batch, through))
        swap(&written, &spent)
        batch = []
        batch.reserveCapacity(Self.batchSize)
        condition.broadcast()
        return true
    }
}
