import Foundation
import ArgumentParser
import RoadmapCore

/// `--db PATH`, shared by every command that reads or records progress.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The progress database (default: $ROADMAP_DB, else $XDG_DATA_HOME/roadmap/progress.sqlite).",
            valueName: "path"),
        completion: .file())
    var path: String?
}
