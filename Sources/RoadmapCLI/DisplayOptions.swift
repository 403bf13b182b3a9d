import ArgumentParser

/// `--color` and `--no-pager`, taken by every command, before its name or after: the root command declares them
/// too, parses them wherever they stand, and argument-parser hands its values to the subcommand's group.
struct DisplayOptions: ParsableArguments {
    @Option(
        name: .customLong("color"),
        help: ArgumentHelp(
            "When to colour text; auto: on a terminal, unless NO_COLOR is set or TERM=dumb (CLICOLOR_FORCE or FORCE_COLOR force it).",
            valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(
        name: .customLong("no-pager"),
        help: "Print long output straight to the terminal (default: through $ROADMAP_PAGER, else $PAGER, else less -FRX).")
    var noPager = false
}
