import ArgumentParser
import RoadmapCore

/// `--db PATH`, shared by every command that reads or records progress.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The progress database (default: $ROADMAP_DB, else $XDG_DATA_HOME/roadmap/progress.sqlite).",
            valueName: "path"))
    var path: String?
}

/// Where the progress database lives: --db, else $ROADMAP_DB, else the XDG data folder.
enum DatabaseLocation {
    static func resolve(option: String?, environment: [String: String], home: String) throws -> String {
        if let option {
            guard !option.isEmpty else { throw RoadmapError.invalidArgument("empty --db path; give a file path") }
            return option
        }
        if let path = environment["ROADMAP_DB"], !path.isEmpty { return path }
        // An empty or relative XDG_DATA_HOME is invalid by the XDG spec and must be ignored.
        let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return data + "/roadmap/progress.sqlite"
    }
}
