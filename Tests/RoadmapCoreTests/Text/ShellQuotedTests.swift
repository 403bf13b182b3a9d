import Foundation
import Testing
@testable import RoadmapCore

/// A command line `undo` and `history` print reads back, through a real shell, as the arguments typed.
@Suite struct ShellQuotedTests {
    static let awkward = [
        "roadmap", "done", "matrix calculus", "--note", "3b1b + Deisenroth ch5", "it's", "", "~root", "=ls", "$HOME", "*", "a\"b",
        "back\\slash", "--on=2026-11-01", "https://example.com/a?b=1&c=2", "python.numpy", "Ünïcode",
    ]

    @Test func plainArgumentsStayPlainTheRestAreQuoted() {
        #expect(["roadmap", "done", "python.numpy", "--on", "2026-11-01"].shellCommandLine == "roadmap done python.numpy --on 2026-11-01")
        #expect(["roadmap", "done", "matrix calculus", "--note", "3b1b + Deisenroth ch5"].shellCommandLine
            == "roadmap done 'matrix calculus' --note '3b1b + Deisenroth ch5'")
        #expect("it's".shellQuoted == #"'it'\''s'"# && "".shellQuoted == "''" && "~root".shellQuoted == "'~root'")
        #expect(["a\nb"].shellCommandLine == #"'a\nb'"#, "one line, the break shown")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/sh"), "no /bin/sh"))
    func aShellReadsTheLineBackAsTheArguments() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "for a in " + Self.awkward.shellCommandLine + "; do printf '%s\\0' \"$a\"; done"]
        process.environment = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let read = String(decoding: data, as: UTF8.self).split(separator: "\0", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(read == Self.awkward)
    }
}
