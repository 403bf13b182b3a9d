import Foundation
import RoadmapCore
import RoadmapStore

/// The readers' promise, checked: what a door accepted is written to a fresh in-memory store, every read a
/// command makes succeeds, and what is read back equals what came in. A broken promise stops the fuzzer.
public enum ReadBack {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    static let utc = TimeZone(identifier: "UTC")!

    /// A backup `import` accepted: restored, read by every command's reads, exported equal.
    public static func backup(_ backup: ProgressBackup, documents: [String: RoadmapDocument]) {
        let store = must("open an in-memory store") { try ProgressStore.inMemory() }
        must("restore an accepted backup") {
            try store.restore(backup, documents: documents, command: CommandInfo(name: "import", arguments: ["fuzz.json"], at: now))
        }
        readEverything(store)
        let exported = must("export what was restored") { try store.backup(exportedAt: now) }
        let kept = Set(exported.commands.map(\.uuid))
        expect(exported.commands == backup.commands.filter { kept.contains($0.uuid) }, "the commands read back differ")
        expect(exported.events == backup.events.filter { kept.contains($0.command) }, "the events read back differ")
        expect(
            exported.enrolments.sorted { $0.roadmap < $1.roadmap } == backup.enrolments.sorted { $0.roadmap < $1.roadmap },
            "the enrolments read back differ")
        expect(exported.roadmaps == backup.roadmaps.sorted { $0.id < $1.id }, "the custom roadmaps read back differ")
        // Only an import's own commands stay out of an export; nothing else may be lost.
        for command in backup.commands where !kept.contains(command.uuid) {
            expect(command.name == "import" || backup.commands.contains { $0.uuid == command.undoes && $0.name == "import" },
                   "command \(command.uuid) was lost")
        }
        let again = must("re-import the export") { try ProgressBackup.decode(exported.encoded(), knownSchemas: ProgressStore.knownSchemaVersions) }
        expect(again.backup == exported, "the export does not read back as itself")
    }

    /// Device lines sync accepted: applied through `applyIncoming`, read by every command's reads, exported equal.
    public static func syncLines(_ lines: [SyncLine], documents: [String: RoadmapDocument]) {
        let store = must("open an in-memory store") { try ProgressStore.inMemory() }
        do {
            try store.applyIncoming([SyncBatch(device: "f0f0f0f0-0000-4000-8000-000000000000", lines: lines)], documents: documents)
        } catch let error as StoreError {
            // A reference to a line no file holds is refused when applied, in one line, with nothing written.
            let text = error.description
            expect(!text.contains("\n"), "a refusal of more than one line: \(text)")
            expect(must("export after a refusal") { try store.backup(exportedAt: now) }.commands.isEmpty, "a refused sync wrote commands")
            return
        } catch {
            fatalError("applyIncoming failed with \(error)")
        }
        readEverything(store)
        let exported = must("export what was applied") { try store.backup(exportedAt: now) }
        let kept = Set(exported.commands.map(\.uuid))
        var seen: Set<String> = []
        let commands = lines.map(\.command).filter { seen.insert($0.uuid).inserted && kept.contains($0.uuid) }
        expect(exported.commands.map(\.uuid) == commands.map(\.uuid), "the commands read back differ")
        for command in exported.commands {
            let sent = commands.first { $0.uuid == command.uuid }!
            expect(command.recordedAt == sent.recordedAt && command.name == sent.name && command.arguments == sent.arguments,
                   "command \(command.uuid) reads back as something else")
        }
        // Each event as its line sent it (a withdrawal's target and an undo are links the store keeps by id).
        let sentEvents = Dictionary(lines.flatMap(\.events).map { ($0.uuid, $0) }) { first, _ in first }
        for event in exported.events {
            expect(sentEvents[event.uuid] == event, "event \(event.uuid) reads back as something else")
        }
    }

    /// A roadmap `add` accepted: stored, and its document read back equal.
    public static func roadmap(_ document: RoadmapDocument, source: String) {
        let store = must("open an in-memory store") { try ProgressStore.inMemory() }
        must("save an accepted roadmap") {
            try store.saveCustomRoadmap(document, source: source, fileName: "fuzz.yaml", command: CommandInfo(name: "add", arguments: ["fuzz.yaml"], at: now))
        }
        let stored = must("read the custom roadmaps") { try store.customRoadmaps() }
        expect(stored.count == 1 && stored[0].source == source, "the roadmap's source reads back as something else")
        expect(stored.first?.document == document, "the roadmap's document reads back as something else")
        readEverything(store)
    }

    /// What status, show, history, report, review and export read.
    static func readEverything(_ store: ProgressStore) {
        _ = must("read progress") { try store.progress() }
        _ = must("read history") { try store.history(timeZone: utc) }
        _ = must("read enrolments") { try store.enrolments() }
        _ = must("read custom roadmaps") { try store.customRoadmaps() }
        _ = must("read the review log") { try store.reviewLog(timeZone: utc) }
        _ = must("read the sync state") { try store.syncState() }
    }

    @discardableResult
    static func must<T>(_ what: String, _ body: () throws -> T) -> T {
        do { return try body() } catch { fatalError("could not \(what): \(error)") }
    }

    static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }
}
