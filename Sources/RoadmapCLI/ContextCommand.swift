import ArgumentParser

/// A subcommand whose work runs in a context, so the same code serves the process and in-process tests.
protocol ContextCommand: ParsableCommand {
    /// `--color` and `--no-pager`: declare `@OptionGroup var display: DisplayOptions`, so `--help` lists them.
    var display: DisplayOptions { get }
    func run(in context: CommandContext) throws
    /// This command when it has `--db`, else nil: given by the protocols' extensions, so that finding out takes no
    /// cast at run time (`as? any DatabaseCommand` scans every conformance record in the binary).
    var databaseCommand: (any DatabaseCommand)? { get }
}

extension ContextCommand {
    var databaseCommand: (any DatabaseCommand)? { nil }

    /// Run as its own program (`RoadmapCommand.execute` calls `run(in:)` itself).
    func run() throws { try run(in: .process(database: databaseCommand?.database, display: display)) }
}

/// A subcommand with `--db`: it reads or records progress, so changed roadmaps are told after it succeeds.
protocol DatabaseCommand: ContextCommand {
    var database: DatabaseOptions { get }
    /// Whether changed roadmaps are told after it; `doctor` only reports them, as telling would open (and upgrade) the database.
    static var tellsChanges: Bool { get }
}

extension DatabaseCommand {
    static var tellsChanges: Bool { true }
    var databaseCommand: (any DatabaseCommand)? { self }
}
