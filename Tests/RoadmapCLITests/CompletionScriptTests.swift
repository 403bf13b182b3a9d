import Foundation
import RoadmapCore
import Testing

/// The generated completion scripts as the shells run them: bash sourced and driven as readline does, with the
/// built `roadmap` on PATH; zsh and fish parse theirs.
@Suite struct CompletionScriptTests {
    static let bash = ExternalTool.executable("bash")
    static let zsh = ExternalTool.executable("zsh")
    static let fish = ExternalTool.executable("fish")

    /// What bash offers for `line` (the cursor at its end), run in `folder`: COMPREPLY, and anything said on stderr.
    static func complete(_ line: String, in sandbox: Sandbox, folder: URL? = nil) throws -> (offered: [String], stderr: String) {
        let script = try sandbox.write(try sandbox.run("--generate-completion-script", "bash").stdout, to: "roadmap.bash")
        let driver = """
            export HOME="$1" PATH="$2:$PATH"
            cd "$3"
            source "$4"
            COMP_LINE="$5"
            COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<<"$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMPREPLY=()
            _roadmap roadmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let run = try ExternalTool.run(try #require(bash), [
            "-c", driver, "bash", sandbox.home.path, Sandbox.binary.deletingLastPathComponent().path,
            (folder ?? sandbox.home).path, script.path, line,
        ])
        #expect(run.status == 0, "\(run)")
        return (run.stdout.split(separator: "\n").map(String.init), run.stderr)
    }

    @Test(.enabled(if: bash != nil, "bash is not installed"))
    func bashOffersTheSkillForAPartOfItsIdSilentlyAndCreatesNoDatabase() throws {
        let sandbox = try Sandbox()
        let done = try Self.complete("roadmap done num", in: sandbox)
        #expect(done.offered == ["python.numpy"] && done.stderr.isEmpty, "\(done)")
        let second = try Self.complete("roadmap done python.basics num", in: sandbox)
        #expect(second.offered == ["python.numpy"], "every skill of a repeated argument")
        #expect(try Self.complete("roadmap history --skill num", in: sandbox).offered == ["python.numpy"])
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultDatabase.path))
    }

    @Test(.enabled(if: bash != nil, "bash is not installed"))
    func bashOffersEveryRoadmapAndTheStagesOfReport() throws {
        let sandbox = try Sandbox()
        let show = try Self.complete("roadmap show ", in: sandbox)
        #expect(Set(show.offered) == Set(BuiltinCatalog.load().catalog.roadmaps.map(\.id)) && show.stderr.isEmpty, "\(show)")
        #expect(show.offered.count > 6)
        let stages = try Self.complete("roadmap report --stage ", in: sandbox)
        #expect(stages.offered == ["entry", "mid", "senior", "leadership"], "\(stages)")
        #expect(try Self.complete("roadmap start python --target s", in: sandbox).offered == ["senior"])
        #expect(Set(try Self.complete("roadmap export --format ", in: sandbox).offered) == ["markdown", "html", "json"])
    }

    /// Issue 24: a command's name that begins another's offers both, rather than completing the first one's arguments.
    @Test(.enabled(if: bash != nil, "bash is not installed"))
    func bashOffersEveryCommandNameTheTypedWordBegins() throws {
        let sandbox = try Sandbox()
        #expect(try Self.complete("roadmap review", in: sandbox).offered == ["review", "reviewed"])
        #expect(try Self.complete("roadmap do", in: sandbox).offered == ["done", "doctor"])
        #expect(try Self.complete("roadmap --no-pager revi", in: sandbox).offered == ["review", "reviewed"])
        let arguments = try Self.complete("roadmap review ", in: sandbox)
        #expect(Set(arguments.offered).isSuperset(of: ["python", "ml-engineer"]), "then the command's own arguments: \(arguments)")
    }

    @Test(.enabled(if: bash != nil, "bash is not installed"))
    func bashOffersJSONFilesToImportAndYAMLFilesToAdd() throws {
        let sandbox = try Sandbox()
        let folder = sandbox.home.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["backup.json", "team.yaml", "course.yml", "notes.md"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let imports = try Self.complete("roadmap import ", in: sandbox, folder: folder)
        #expect(imports.offered.contains("backup.json") && !imports.offered.contains("team.yaml") && !imports.offered.contains("notes.md"), "\(imports)")
        let adds = try Self.complete("roadmap add ", in: sandbox, folder: folder)
        #expect(Set(adds.offered).isSuperset(of: ["team.yaml", "course.yml"]) && !adds.offered.contains("backup.json"), "\(adds)")
        let lints = try Self.complete("roadmap lint team.yaml ", in: sandbox, folder: folder)
        #expect(lints.offered.contains("course.yml"), "\(lints)")
        #expect(try Self.complete("roadmap list --db ", in: sandbox, folder: folder).offered.contains("notes.md"), "--db is any file")
    }

    @Test(.enabled(if: zsh != nil, "zsh is not installed; apt-get install -y zsh (CI installs it)"))
    func zshScriptParses() throws {
        let sandbox = try Sandbox()
        let script = try sandbox.write(try sandbox.run("--generate-completion-script", "zsh").stdout, to: "_roadmap")
        let check = try ExternalTool.run(try #require(Self.zsh), ["-n", script.path])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check)")
    }

    @Test(.enabled(if: fish != nil, "fish is not installed; apt-get install -y fish (CI installs it)"))
    func fishScriptParsesAndCompletesDatabaseFiles() throws {
        let sandbox = try Sandbox()
        let text = try sandbox.run("--generate-completion-script", "fish").stdout
        let script = try sandbox.write(text, to: "roadmap.fish")
        let check = try ExternalTool.run(try #require(Self.fish), ["--no-execute", script.path])
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check)")
        let database = text.split(separator: "\n").filter { $0.contains("-l 'db'") }
        #expect(!database.isEmpty && database.allSatisfy { $0.hasSuffix("-rF") }, "--db completes files, not -rfka ''")
    }
}
