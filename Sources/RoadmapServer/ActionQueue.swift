import Foundation
import RoadmapApp
import RoadmapCore
import RoadmapStore

/// The page's actions and reads, one at a time: each opens the database as one command of the CLI does, so a
/// command typed meanwhile interleaves with them as two commands do.
actor ActionQueue {
    let database: String

    init(database: String) { self.database = database }

    struct Outcome: Sendable {
        var ok: Bool
        var message: String
    }

    func run(_ action: PageAction) -> Outcome {
        inFlight.add(1)
        defer { inFlight.add(-1) }
        return Self.outcome(of: action, database: database)
    }

    /// The Undo button's preview, a dry run that records nothing: outside the queue and on a thread of its own, so a
    /// slow one never holds up the page's load or an action (SQLite's lock orders it with writes, as for two commands).
    nonisolated func preview(_ action: PageAction) async -> Outcome {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { [database] in continuation.resume(returning: Self.outcome(of: action, database: database)) }
        }
    }

    private static func outcome(of action: PageAction, database: String) -> Outcome {
        do {
            let result = try action.run(database: database)
            let text = result.text(in: TextContext(style: .plain, timeZone: .current, width: nil))
            return Outcome(ok: true, message: text.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch {
            return Outcome(ok: false, message: String(describing: error))
        }
    }

    /// Actions running now; a stop waits a moment for them to finish.
    nonisolated let inFlight = Counter()

    func read<Value: Sendable>(_ body: (DatabaseSession) throws -> Value) -> Result<Value, any Error> {
        Result { try body(DatabaseSession(path: database)) }
    }

    /// Changes whenever a command is recorded, by the page or by anything else: cheap enough to poll. While a writer
    /// holds the database the last version read stands, so the page does not reload twice.
    nonisolated func databaseVersion() -> String {
        guard let version = try? ProgressStore.peek(path: database)?.logVersion() else { return lastVersion.value ?? "0" }
        lastVersion.value = version
        return version
    }

    private nonisolated let lastVersion = LockedText()
}

/// A count changed and read from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ change: Int) { lock.withLock { count += change } }
    var value: Int { lock.withLock { count } }
}

/// One string, read and written from any thread.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    var value: String? {
        get { lock.withLock { text } }
        set { lock.withLock { text = newValue } }
    }
}
