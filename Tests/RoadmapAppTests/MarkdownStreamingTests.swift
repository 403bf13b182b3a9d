import Foundation
import RoadmapApp
import RoadmapCore
import Testing

/// A Markdown export to standard output comes in two pieces, the opening (title, paragraph, stage table) first,
/// and the pieces make the same document as the whole one written to a file.
@Suite struct MarkdownStreamingTests {
    func export(_ roadmap: String?, brief: Bool = false, in folder: InputRuleTests.Folder) throws -> (pieces: [String], whole: String) {
        let session = folder.session()
        let request = { (output: String?) in
            ProgressExporting.Request(
                roadmap: roadmap, format: .markdown, output: output, force: true, brief: brief, date: "2026-11-20", pageFolder: nil,
                version: "test")
        }
        var pieces: [String] = []
        let streamed = try ProgressExporting(session: session).export(request(nil), standardOutput: { text, pageable in
            #expect(pageable)
            pieces.append(String(decoding: text, as: UTF8.self))
        })
        #expect(streamed == .shown)
        let file = folder.url.appendingPathComponent("whole.md").path
        _ = try ProgressExporting(session: session).export(request(file))
        return (pieces, try String(contentsOfFile: file, encoding: .utf8))
    }

    @Test(arguments: [("python", false), ("python", true), (nil, false)] as [(String?, Bool)])
    func piecesMakeTheWholeDocumentOpeningFirst(roadmap: String?, brief: Bool) throws {
        let folder = try InputRuleTests.Folder()
        let session = folder.session()
        _ = try Enrolling(session: session).start("python")
        _ = try Enrolling(session: session).start("math")
        _ = try StatusMarking(session: session, status: .done, commandName: "done").run(["numpy"], on: Day("2026-11-10"))
        _ = try NoteKeeping(session: session).add("numpy", text: "Vectorised the loop")
        let (pieces, whole) = try export(roadmap, brief: brief, in: folder)
        #expect(pieces.count == 2)
        #expect(pieces.joined() == whole)
        let first = try #require(pieces.first)
        #expect(first.hasPrefix(roadmap == nil ? "# Learning progress\n\n## " : "# Learning progress: "))
        // The opening ends with the stage table and its blank line; the evidence follows.
        #expect(first.contains("| **All** |"))
        #expect(!first.contains("Evidence"))
        #expect(pieces[1].hasPrefix("## Evidence") || pieces[1].hasPrefix("### Evidence"))
    }
}
