import Foundation
import PackagePlugin

/// Embeds the package's data folders into the targets that read them: `Roadmaps/*.yaml` (with their documents as
/// Swift code) and the HTML page's `Templates/page.*` into RoadmapCore, `Migrations/*.sql` into RoadmapStore.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        switch target.name {
        case "RoadmapCore":
            return try [
                command(context, target, folder: "Roadmaps", suffixes: [".yaml"], enumName: "BuiltinRoadmapFiles", options: ["--roadmap-literals"]),
                command(context, target, folder: "Templates", suffixes: [".mustache", ".css", ".js"], enumName: "PageTemplateFiles", options: []),
            ]
        case "RoadmapStore":
            return try [command(context, target, folder: "Migrations", suffixes: [".sql"], enumName: "MigrationFiles", options: [])]
        default: return []
        }
    }

    /// One generated file, `enumName.swift`, holding the folder's files with those suffixes.
    func command(_ context: PluginContext, _ target: Target, folder: String, suffixes: [String], enumName: String, options: [String]) throws -> Command {
        let inputs = try FileManager.default.contentsOfDirectory(at: context.package.directoryURL.appending(path: folder), includingPropertiesForKeys: nil)
            .filter { file in suffixes.contains { file.lastPathComponent.hasSuffix($0) } }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(folder)/ into \(target.name)",
            executable: try context.tool(named: "EmbedFiles").url,
            arguments: options + [enumName, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
