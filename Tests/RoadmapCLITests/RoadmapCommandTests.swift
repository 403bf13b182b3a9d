import ArgumentParser
import Foundation
import Testing
@testable import RoadmapCLI

/// How `execute` finds what it runs, and what it leaves behind in a process that goes on (the tests').
@Suite struct RoadmapCommandTests {
    @Test func everySubcommandIsFoundAsItselfAndOnlyLintHasNoDatabase() throws {
        #expect(RoadmapCommand.commands.count == RoadmapCommand.configuration.subcommands.count)
        for type in RoadmapCommand.commands {
            let command = type.init()
            let found = try #require(RoadmapCommand.contextCommand(command), "\(type)")
            #expect(ObjectIdentifier(Swift.type(of: found)) == ObjectIdentifier(type))
            #expect((found.databaseCommand == nil) == (type == LintCommand.self), "\(type)")
        }
        #expect(RoadmapCommand.contextCommand(RoadmapCommand()) == nil)
    }

    @Test func anInProcessRunClosesItsDatabase() throws {
        let sandbox = try InProcess()
        for arguments in [["start", "python"], ["status"], ["done", "numpy"], ["done", "no.such.skill"], ["report", "python"]] {
            _ = sandbox.run(arguments)
            #expect(try Self.openDescriptors(of: sandbox.defaultDatabase).isEmpty, "\(arguments)")
        }
    }

    /// This process's file descriptors open on `file`.
    static func openDescriptors(of file: URL) throws -> [String] {
        let path = file.resolvingSymlinksInPath().path
        return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)) == path
        }
    }
}
