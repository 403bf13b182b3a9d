/// What `roadmap undo` found to do.
public enum UndoOutcome: Sendable, Hashable {
    /// No command left that changed anything.
    case nothingToUndo
    /// Nothing recorded on this machine is left to undo, though commands came from others through sync.
    case nothingRecordedHere
    /// The command reverted, or with `dryRun` the one that would be.
    case reverted(UndoResult, dryRun: Bool)
}
