/// What `roadmap undo` found to do.
public enum UndoOutcome: Sendable, Hashable {
    /// No command left that changed anything.
    case nothingToUndo
    /// The command reverted, or with `dryRun` the one that would be.
    case reverted(UndoResult, dryRun: Bool)
}
