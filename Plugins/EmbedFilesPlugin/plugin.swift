import Foundation
import PackagePlugin

/// Embeds the package's data folders into the targets that read them:
/// `Roadmaps/*.yaml` (with their documents as Swift code) into RoadmapCore, `Migrations/*.sql` into RoadmapStore.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let embedded: (folder: String, suffix: String, enumName: String, options: [String])
        switch target.name {
        case "RoadmapCore": embedded = ("Roadmaps", ".yaml", "BuiltinRoadmapFiles", ["--roadmap-literals"])
        case "RoadmapStore": embedded = ("Migrations", ".sql", "MigrationFiles", [])
        default: return []
        }
        let folder = context.package.directoryURL.appending(path: embedded.folder)
        let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(embedded.suffix) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(embedded.enumName).swift")
        return [
            .buildCommand(
                displayName: "Embedding \(embedded.folder)/*\(embedded.suffix) into \(target.name)",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: embedded.options + [embedded.enumName, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
