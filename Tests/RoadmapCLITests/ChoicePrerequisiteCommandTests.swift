import Foundation
import Testing

/// A custom roadmap with a choice prerequisite, through the commands: added, shown, planned, exported, forked and
/// restored from a backup with the choice intact.
@Suite struct ChoicePrerequisiteCommandTests {
    static let stackYAML = """
        id: stack
        title: Stack skills
        version: 1
        stages:
          - id: entry
            title: Entry
          - id: mid
            title: Mid
        areas:
          - id: stack-core
            title: Core
        include: [python.numpy]
        skills:
          - id: stack.torch
            title: Torch basics
            area: stack-core
            stage: entry
          - id: stack.tf
            title: TF basics
            area: stack-core
            stage: entry
          - id: stack.export
            title: Model export
            area: stack-core
            stage: mid
            requires: [python.numpy, {any: [stack.torch, stack.tf]}]
        """

    static func world() throws -> InProcess {
        let world = try InProcess()
        let added = world.run("add", try world.write(stackYAML, to: "stack.yaml").path)
        try #require(added.status == 0, "\(added)")
        return world
    }

    static func skill(_ id: String, in run: RoadmapRun) throws -> [String: Any] {
        let show = try #require(try run.json() as? [String: Any])
        return try #require((show["skills"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    @Test func showKeepsRequiresAndAddsRequiresOneOf() throws {
        let world = try Self.world()
        let text = world.run("show", "stack")
        #expect(text.stdout.contains("stack.export  Model export  (requires python.numpy; one of stack.torch, stack.tf)\n"), "\(text)")
        let json = world.run("show", "stack", "--json")
        let export = try Self.skill("stack.export", in: json)
        #expect(export["requires"] as? [String] == ["python.numpy"], "`requires` stays the plain ids, as scripts read it")
        #expect(export["requiresOneOf"] as? [[String]] == [["stack.torch", "stack.tf"]])
        #expect(try Self.skill("stack.torch", in: json)["requiresOneOf"] as? [[String]] == [])
    }

    @Test func infoListsTheChoiceAndWhatEachAlternativeUnlocks() throws {
        let world = try Self.world()
        world.run("done", "stack.tf")
        let text = world.run("info", "stack.export")
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.contains("""
            Requires
                [ ] python.numpy  NumPy
              and one of:
                [ ] stack.torch  Torch basics
                [x] stack.tf     TF basics

            """), "\(text.stdout)")
        let page = try #require(try world.run("info", "stack.export", "--json").json() as? [String: Any])
        #expect((page["requires"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["python.numpy"])
        let choices = try #require(page["requiresOneOf"] as? [[[String: Any]]])
        #expect(choices.map { $0.compactMap { $0["id"] as? String } } == [["stack.torch", "stack.tf"]])
        #expect(choices.first?.compactMap { $0["status"] as? String } == ["todo", "done"])

        let torch = world.run("info", "stack.torch")
        #expect(torch.stdout.contains("Unlocks: 1 skill directly, 1 in all\n    [ ] stack.export  Model export\n"), "\(torch.stdout)")
        let torchPage = try #require(try world.run("info", "stack.torch", "--json").json() as? [String: Any])
        #expect((torchPage["unlocks"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["stack.export"])
        #expect(torchPage["unlocksInAll"] as? Int == 1)
    }

    @Test func nextAndReportWaitOnOneOfTheAlternatives() throws {
        let world = try Self.world()
        world.run("start", "stack", "--target", "mid")
        let next = { () throws -> [String] in
            try #require(try world.run("next", "stack", "--json").json() as? [[String: Any]]).compactMap { $0["skill"] as? String }
        }
        #expect(try !next().contains("stack.export"))
        let full = world.run("report", "stack", "--full")
        #expect(full.stdout.contains("Model export · waiting on python.numpy; one of stack.torch, stack.tf\n"), "\(full.stdout)")
        world.run("done", "python.numpy")
        let report = try #require(try world.run("report", "stack", "--json").json() as? [String: Any])
        let gap = try #require((report["gaps"] as? [[String: Any]])?.first { $0["skill"] as? String == "stack.export" })
        #expect(gap["waitingOn"] as? [String] == [] && gap["waitingOnOneOf"] as? [[String]] == [["stack.torch", "stack.tf"]])
        #expect(try !next().contains("stack.export"))
        world.run("done", "stack.torch")
        #expect(try next() == ["stack.tf", "stack.export"], "one alternative done: ready")
        let steps = try #require(try world.run("next", "stack", "--json").json() as? [[String: Any]])
        #expect(steps.first { $0["skill"] as? String == "stack.tf" }?["unlocks"] as? Int == 0, "the choice is met: TF unlocks nothing more")
    }

    @Test func markingAheadOfTheChoiceSaysWhichIsOpen() throws {
        let world = try Self.world()
        let run = world.run("done", "stack.export")
        #expect(run.stdout.contains("note: stack.export requires python.numpy; one of stack.torch, stack.tf; not done yet (recorded anyway)"), "\(run)")
        world.run("undo")
        world.run("done", "python.numpy", "stack.torch")
        #expect(!world.run("done", "stack.export").stdout.contains("note:"), "one alternative done meets the choice")
    }

    @Test func markdownAndHTMLExportsDrawTheChoice() throws {
        let world = try Self.world()
        world.run("start", "stack", "--target", "mid")
        world.run("done", "python.numpy")
        let markdown = world.run("export", "stack", "--date", "2026-11-22")
        #expect(markdown.status == 0, "\(markdown)")
        #expect(markdown.stdout.contains(" -. one of .-> "), "a dotted arrow from each alternative")
        #expect(markdown.stdout.contains("- Model export — waits on one of Torch basics, TF basics\n"), "\(markdown.stdout)")
        let html = world.run("export", "stack", "--format", "html", "--date", "2026-11-22").stdout
        #expect(html.contains(#"<path class="edge choice" data-from="stack.torch" data-to="stack.export""#))
        #expect(html.contains(#"<path class="edge choice" data-from="stack.tf" data-to="stack.export""#))
        #expect(html.contains(#"<path class="edge" data-from="python.numpy" data-to="stack.export""#))
        #expect(html.contains("<p class=\"label\">Requires one of</p><ul class=\"requires one-of\"><li><a href=\"#skill-stack.torch\""))
        #expect(html.contains("any one of them will do."))
    }

    @Test(
        .enabled(if: ExternalTool.chromium != nil, "chromium is not installed; apt-get install -y chromium (CI installs it)"),
        .enabled(if: ExternalTool.mermaidJS != nil, "no mermaid.min.js: set ROADMAP_MERMAID_JS, or run .ci/run, which puts it in .build-ci/mermaid/"))
    func mermaidDrawsTheChoiceDotted() throws {
        let world = try Self.world()
        world.run("start", "stack", "--target", "mid")
        let markdown = world.run("export", "stack").stdout
        let block = try #require(MarkdownRenderTests.mermaidBlock(in: markdown))
        let footnote = try #require(MarkdownRenderTests.footnote(in: markdown))
        let (run, _) = try MarkdownRenderTests.drawInChromium(block)
        #expect(run.stdout.contains("data-drawn=\"yes\""), "\(run.stdout.prefix(2000))\(run.stderr.suffix(2000))")
        #expect(run.stdout.components(separatedBy: "<g class=\"node ").count - 1 == footnote[0])
        let dotted = try NSRegularExpression(pattern: #"<path [^>]*class="[^"]*edge-pattern-dotted"#)
        #expect(dotted.numberOfMatches(in: run.stdout, range: NSRange(run.stdout.startIndex..., in: run.stdout)) == 2, "each alternative's arrow dotted")
        #expect(run.stdout.contains(">one of<"), "the arrows' label")
    }

    @Test func lintAndAddRefuseAMalformedChoiceNamingItsPlace() throws {
        let world = try InProcess()
        let broken = Self.stackYAML.replacingOccurrences(of: "{any: [stack.torch, stack.tf]}", with: "{any: [stack.torch]}")
        let file = try world.write(broken, to: "broken.yaml")
        let lint = world.run("lint", file.path)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("broken.yaml:26:30: error: a choice of skill 'stack.export' names one skill; it needs two or more"), "\(lint)")
        let typo = try world.write(Self.stackYAML.replacingOccurrences(of: "stack.tf]}", with: "stack.ft]}"), to: "typo.yaml")
        let add = world.run("add", typo.path)
        #expect(add.status != 0 && add.stderr.contains("unknown prerequisite 'stack.ft' (in a choice) of skill 'stack.export'; did you mean 'stack.tf'?"), "\(add)")
    }

    @Test func forkKeepsTheChoice() throws {
        let world = try Self.world()
        let file = world.home.appendingPathComponent("mine.yaml")
        let fork = world.run("fork", "stack", "--id", "mine", "--output", file.path)
        #expect(fork.status == 0, "\(fork)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("{any: [id, id]}"), "the example says how to write a choice")
        let add = world.run("add", file.path)
        #expect(add.status == 0, "\(add)")
        let export = try Self.skill("stack.export", in: world.run("show", "mine", "--json"))
        #expect(export["requiresOneOf"] as? [[String]] == [["stack.torch", "stack.tf"]])
    }

    @Test func aBackupRestoresTheChoice() throws {
        let world = try Self.world()
        let backup = world.home.appendingPathComponent("backup.json")
        #expect(world.run("export", "--format", "json", "--output", backup.path).status == 0)
        let fresh = try InProcess()
        let restored = fresh.run("import", backup.path)
        #expect(restored.status == 0, "\(restored)")
        let export = try Self.skill("stack.export", in: fresh.run("show", "stack", "--json"))
        #expect(export["requires"] as? [String] == ["python.numpy"])
        #expect(export["requiresOneOf"] as? [[String]] == [["stack.torch", "stack.tf"]])
        #expect(fresh.run("show", "stack").stdout == world.run("show", "stack").stdout)
    }
}
