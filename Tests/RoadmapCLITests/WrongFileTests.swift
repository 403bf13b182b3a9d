import Foundation
import Testing
@testable import RoadmapCLI

/// A file given to the wrong command says what it appears to be and which command fits, in one line (paths quoted in
/// it cut as every quoted argument is: the temporary folder's are longer than 60 characters).
@Suite struct WrongFileTests {
    static let backupOnly = "import takes a file written by 'roadmap export --format json'"
    static let yamlOnly = "add takes a roadmap YAML file; 'roadmap fork ROADMAP' writes one to start from"
    static let roadmapYAML = """
        # A team roadmap
        id: team
        title: Team
        version: 1
        stages:
          - id: entry
            title: Entry
        skills:
          - id: team.a
            title: A
        """

    static let importCases: [(name: String, contents: String, message: String)] = [
        ("roadmap.yaml", roadmapYAML, "looks like a roadmap file; add it with 'roadmap add FILE'"),
        ("notes.md", "# Notes\n\nWhat I learnt this week.\n\n- [x] numpy\n", "looks like Markdown (a Markdown export?), not a backup; \(backupOnly)"),
        ("page.html", "<!DOCTYPE html>\n<html><head><title>x</title></head><body></body></html>\n", "looks like an HTML page (an HTML export?), not a backup; \(backupOnly)"),
        ("empty.json", "  \n", "is empty; \(backupOnly)"),
        ("package.json", #"{"name": "left-pad", "version": "1.3.0"}"#, "is JSON but not a roadmap backup (another program's?); \(backupOnly)"),
        ("config.yaml", "name: build\non: push\njobs: {}\n", "looks like YAML but not a roadmap or a backup; \(backupOnly)"),
    ]

    @Test(arguments: importCases) func importNamesWhatTheFileIs(_ name: String, _ contents: String, _ message: String) throws {
        let world = try InProcess()
        let file = try world.write(contents, to: name)
        let run = world.run("import", file.path)
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr == "roadmap: " + ErrorLine.fit("'\(file.path)' \(message.replacingOccurrences(of: "FILE", with: file.path))") + "\n", "\(run)")
        #expect(!FileManager.default.fileExists(atPath: world.defaultDatabase.path), "nothing was imported, nothing created")
    }

    @Test func addOfABackupSaysToImportItInOneLine() throws {
        let world = try InProcess()
        #expect(world.run("done", "numpy").status == 0)
        let backup = world.home.appendingPathComponent("backup.json")
        #expect(world.run("export", "--format", "json", "--output", backup.path).status == 0)
        let run = world.run("add", backup.path)
        #expect(run.status == 1 && run.stderr == "roadmap: " + ErrorLine.fit("'\(backup.path)' is a roadmap backup; restore it with 'roadmap import \(backup.path)'") + "\n", "\(run)")
    }

    @Test(arguments: [
        ("other.json", #"{"a": 1}"#, "is JSON, not a roadmap; \(yamlOnly)"),
        ("notes.md", "# Notes\n\nSome text.\n", "looks like Markdown, not a roadmap; \(yamlOnly)"),
        ("page.html", "<html><body>x</body></html>", "looks like an HTML page, not a roadmap; \(yamlOnly)"),
        ("empty.yaml", "", "is empty; \(yamlOnly)"),
    ])
    func addOfOtherFilesIsOneLine(_ name: String, _ contents: String, _ message: String) throws {
        let world = try InProcess()
        let file = try world.write(contents, to: name)
        let run = world.run("add", file.path)
        #expect(run.status == 1 && run.stderr == "roadmap: " + ErrorLine.fit("'\(file.path)' \(message)") + "\n", "\(run)")
    }

    @Test func aLongArgumentIsCutInTheErrorLine() throws {
        let world = try InProcess()
        let long = String(repeating: "a", count: 100_000)
        for arguments in [["done", long], ["show", long], ["import", long], ["search", long], ["info", "line\nbreak"]] {
            let run = world.run(arguments)
            #expect(run.status != 0)
            #expect(run.stderr.count < 400 && run.stderr.filter { $0 == "\n" }.count == 1, "\(arguments[0]): \(run.stderr.prefix(200))")
        }
        let run = world.run("done", long)
        #expect(run.stderr.contains("'" + String(repeating: "a", count: 59) + "…'"), "\(run.stderr)")
        #expect(ErrorLine.fit("cannot read 'short': no such file") == "cannot read 'short': no such file")
        #expect(ErrorLine.fit("it's '\(String(repeating: "b", count: 70))'; fix") == "it's '\(String(repeating: "b", count: 59))…'; fix")
    }
}
