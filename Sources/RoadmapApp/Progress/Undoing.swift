import RoadmapCore
import RoadmapStore

/// Reverts the last command recorded here, exactly; or, as a dry run, says what it would revert.
public struct Undoing {
    public var session: any Session

    public init(session: any Session) { self.session = session }

    public func undo(dryRun: Bool = false) throws -> UndoOutcome {
        // With no database yet there is nothing to undo, and none is created.
        guard try session.openForReading() != nil else { return .nothingToUndo }
        let store = try session.openForWriting()
        do {
            let result = try store.undoLast(command: session.command("undo"), aliases: session.catalogOfFewSkills().skillAliases, dryRun: dryRun)
            return .reverted(result, dryRun: dryRun)
        } catch StoreError.nothingToUndo {
            return try store.syncState().device != nil ? .nothingRecordedHere : .nothingToUndo
        }
    }
}
