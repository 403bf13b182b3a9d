import Foundation
import RoadmapCore
import RoadmapStore
import Testing

/// Devices exchange lines as a sync repository would hold them (one append-only file each), without git.
@Suite struct SyncTests {
    /// A device: its database and the file it writes in the repository.
    final class Device {
        let store: ProgressStore
        let id: String
        init() throws {
            store = try ProgressStore.inMemory()
            id = try #require(try store.prepareSync(remote: "repo").device)
        }
    }

    /// The repository: every device's file.
    final class Repository {
        var files: [String: [SyncLine]] = [:]

        /// One sync of `device`: take in every file, then append what its file lacks.
        @discardableResult
        func sync(_ device: Device, at: Date = day(9)) throws -> SyncReceipt {
            let receipt = try device.store.applyIncoming(
                files.sorted { $0.key < $1.key }.map { SyncBatch(device: $0.key, lines: $0.value) })
            let mine = files[device.id] ?? []
            let new = try device.store.outgoingLines(excluding: Set(mine.map(\.command.uuid)), host: "host-\(device.id.prefix(4))")
            files[device.id] = mine + new
            try device.store.markWritten(new.map(\.command.uuid))
            try device.store.markPushed(at: at)
            return receipt
        }
    }

    /// What a user sees, without row ids (which differ from device to device).
    struct Seen: Equatable {
        var progress: [String: SkillProgress]
        var enrolments: [Enrolment]
        var roadmaps: [String]
        var history: [String]
        var reviews: [ReviewRecord]

        init(_ store: ProgressStore) throws {
            progress = try store.progress()
            enrolments = try store.enrolments()
            roadmaps = try store.customRoadmaps().map { "\($0.id) v\($0.version) \($0.source ?? "")" }
            history = try store.history().map(Self.line)
            reviews = try store.reviewLog(timeZone: .gmt).all
        }

        static func line(_ entry: HistoryEntry) -> String {
            var fields: [String] = [entry.recordedAt.description, "\(entry.at)", entry.skill, entry.kind.rawValue]
            fields += [entry.from?.rawValue ?? "-", entry.to?.rawValue ?? "-", entry.note ?? "-", entry.url ?? "-"]
            fields += [entry.commandName, entry.commandArguments.joined(separator: " "), "\(entry.commandUndone)"]
            fields += [entry.reverts?.joined(separator: " ") ?? "-", entry.recall?.rawValue ?? "-"]
            return fields.joined(separator: "|")
        }
    }

    @Test func twoDevicesMarkingInTurnsSeeTheSame() throws {
        let (laptop, work, repo) = (try Device(), try Device(), Repository())
        try laptop.store.markStatus(.done, skills: ["python.basics", "python.numpy"], at: day(1), note: "course", command: command("done", "python.basics", "python.numpy"))
        try work.store.markStatus(.learning, skills: ["python.numpy", "python.pandas"], at: day(2), note: nil, command: command("learning", "python.numpy", "python.pandas"))
        try laptop.store.addNote(skill: "python.pandas", text: "read the docs", command: command("note", at: day(3)))
        try laptop.store.enrol(roadmap: "python", targetStage: "mid", targetDate: nil, at: day(1))
        try work.store.enrol(roadmap: "python", targetStage: "entry", targetDate: "2027-01-01", at: day(4))

        let first = try repo.sync(laptop)
        #expect(first.devices.isEmpty, "nothing in the repository yet")
        let received = try repo.sync(work)
        #expect(received.devices.map(\.commands) == [3] && received.devices.first?.marks == 2 && received.devices.first?.notes == 1)
        #expect(received.devices.first?.others == 1, "the start")
        try repo.sync(laptop)
        #expect(try Seen(laptop.store) == Seen(work.store))

        // The newest mark in the agreed order decides, wherever it was applied first.
        let numpy = try #require(try laptop.store.progress()["python.numpy"])
        #expect(numpy.status == .learning && numpy.since == .instant(day(2)))
        #expect(numpy.notes.map(\.text) == ["course"])
        // The newest target wins; the earliest start stands.
        let python = try #require(try work.store.enrolments().first)
        #expect(python.targetStage == "entry" && python.targetDate == "2027-01-01" && python.startedAt == day(1))

        // Syncing again changes nothing.
        let before = try Seen(work.store)
        #expect(try repo.sync(work).devices.isEmpty && repo.sync(laptop).devices.isEmpty)
        #expect(try Seen(work.store) == before)
    }

    /// Found by DoorPropertyTests (a device line with an event removed): sync took a withdrawal of a note no file held,
    /// and the database's export then did not import.
    @Test func aWithdrawalOfAnEventNoFileHoldsIsRefusedAndChangesNothing() throws {
        let (laptop, work, repo) = (try Device(), try Device(), Repository())
        try laptop.store.addNote(skill: "a", text: "read chapter 2", command: command("note", "a", at: day(1)))
        let note = try #require(try laptop.store.progress()["a"]?.notes.first)
        try laptop.store.withdrawNote(note, skill: "a", command: command("note", "a", "--withdraw", "1", at: day(2)))
        try repo.sync(laptop)
        let lines = try #require(repo.files[laptop.id])
        #expect(lines.count == 2)

        repo.files[laptop.id] = [lines[1]]
        #expect(throws: StoreError.self) { try repo.sync(work) }
        #expect(try work.store.history().isEmpty)

        repo.files[laptop.id] = lines
        try repo.sync(work)
        #expect(try Seen(laptop.store) == Seen(work.store))
        #expect(try work.store.progress()["a"]?.notes == [])
    }

    @Test func anUndoOnOneDeviceUndoesThatCommandEverywhere() throws {
        let (laptop, work, repo) = (try Device(), try Device(), Repository())
        try laptop.store.markStatus(.learning, skills: ["a"], at: day(1), note: nil, command: command("learning", "a"))
        try laptop.store.markStatus(.done, skills: ["a"], at: day(2), note: "finished", command: command("done", "a"))
        try laptop.store.enrol(roadmap: "python", targetStage: "mid", targetDate: nil, at: day(2))
        try repo.sync(laptop)
        try repo.sync(work)
        #expect(try work.store.progress()["a"]?.status == .done && work.store.enrolments().count == 1)

        let undoStart = try laptop.store.undoLast(command: command("undo", at: day(3)))
        #expect(undoStart.enrolments.map(\.roadmap) == ["python"])
        let undoDone = try laptop.store.undoLast(command: command("undo", at: day(3)))
        #expect(undoDone.undone.name == "done")
        try repo.sync(laptop)
        let receipt = try repo.sync(work)
        #expect(receipt.devices.first?.undos == 2)
        #expect(try work.store.progress()["a"]?.status == .learning && work.store.progress()["a"]?.notes == [])
        #expect(try work.store.enrolments().isEmpty)
        #expect(try Seen(laptop.store) == Seen(work.store))

        // Undo reverts only what this device recorded: the work machine has nothing of its own to undo.
        #expect(throws: StoreError.nothingToUndo) { try work.store.undoLast(command: command("undo", at: day(4))) }
    }

    @Test func whatTheUserDoesAfterSyncComesAfterWhatTheySawEvenWithAClockBehind() throws {
        let (ahead, behind, repo) = (try Device(), try Device(), Repository())
        try ahead.store.markStatus(.done, skills: ["a"], at: day(5), note: nil, command: command("done", "a"))
        try repo.sync(ahead)
        try repo.sync(behind)
        // This machine's clock reads day 4, a day behind the mark it just received; its reset still comes after it.
        try behind.store.markStatus(.todo, skills: ["a"], at: day(4), note: nil, command: command("reset", "a"))
        try repo.sync(behind)
        try repo.sync(ahead)
        #expect(try ahead.store.progress()["a"]?.status == .todo && behind.store.progress()["a"]?.status == .todo)
        #expect(try Seen(ahead.store) == Seen(behind.store))
    }

    @Test func customRoadmapsAndReviewsTravel() throws {
        let (laptop, work, repo) = (try Device(), try Device(), Repository())
        let yaml = "id: team\ntitle: Team\nversion: 1\n"
        let here = SourceLocation(file: "team.yaml", line: 1, column: 1)
        let document = RoadmapDocument(
            file: "team.yaml", location: here, id: Located("team", at: here), title: "Team", summary: "", version: 1,
            stages: [], areas: [], includes: [], skills: [])
        try laptop.store.saveCustomRoadmap(document, source: yaml, fileName: "team.yaml", command: command("add", "team.yaml", at: day(1)))
        try laptop.store.markStatus(.done, skills: ["team.a"], at: day(1), note: nil, command: command("done", "team.a"))
        try laptop.store.recordReviews(skills: ["team.a"], recall: .good, timeZone: .gmt, command: command("reviewed", "team.a", at: day(3)))
        try repo.sync(laptop)
        try repo.sync(work)
        #expect(try work.store.customRoadmaps().map(\.id) == ["team"] && work.store.customRoadmaps().first?.source == yaml)
        #expect(try work.store.reviewLog(timeZone: .gmt).tracks.first?.reviews.map(\.recall) == [.good])

        #expect(try work.store.removeCustomRoadmap(id: "team", command: command("remove", "team", at: day(4))))
        try repo.sync(work)
        try repo.sync(laptop)
        #expect(try laptop.store.customRoadmaps().isEmpty)
        #expect(try Seen(laptop.store) == Seen(work.store))
    }

    @Test func aDeviceOfflineForAThousandCommandsCatchesUp() throws {
        let (busy, away, repo) = (try Device(), try Device(), Repository())
        try repo.sync(away)
        for index in 0..<1000 {
            let status: SkillStatus = index % 3 == 0 ? .learning : .done
            try busy.store.markStatus(status, skills: ["s\(index % 97)"], at: day(1).addingTimeInterval(Double(index)), note: nil, command: command("mark", "s\(index % 97)"))
        }
        try repo.sync(busy)
        let receipt = try repo.sync(away)
        let recorded = try busy.store.history().count
        #expect(receipt.commands == recorded)
        #expect(try Seen(busy.store) == Seen(away.store))
        #expect(try away.store.syncState().waiting == 0 && busy.store.syncState().waiting == 0)
    }

    @Test func theStateSaysWhatWaitsToBeSent() throws {
        let store = try ProgressStore.inMemory()
        #expect(try store.syncState() == SyncState(device: nil, remote: nil, lastSyncAt: nil, waiting: 0))
        try store.markStatus(.done, skills: ["a"], at: day(1), note: nil, command: command("done", "a"))
        let prepared = try store.prepareSync(remote: "/media/usb/roadmap.git")
        #expect(prepared.device?.count == 36 && prepared.remote == "/media/usb/roadmap.git" && prepared.waiting == 1)
        #expect(try store.prepareSync(remote: nil).device == prepared.device, "made once")
        let lines = try store.outgoingLines(excluding: [], host: "laptop")
        try store.markWritten(lines.map(\.command.uuid))
        #expect(try store.syncState().waiting == 1, "written is not sent")
        try store.markPushed(at: day(2))
        #expect(try store.syncState() == SyncState(device: prepared.device, remote: "/media/usb/roadmap.git", lastSyncAt: day(2), waiting: 0))
    }

    @Test func anImportAlreadySentCannotBeUndone() throws {
        let source = try ProgressStore.inMemory()
        try source.markStatus(.done, skills: ["a"], at: day(1), note: nil, command: command("done", "a"))
        let device = try Device()
        try device.store.restore(try source.backup(exportedAt: day(2)), command: command("import", "backup.json", at: day(2)))
        let repo = Repository()
        try repo.sync(device)
        #expect(repo.files[device.id]?.map(\.command.name) == ["import", "done"], "what the import brought is a line of its own")
        #expect(throws: StoreError.importSynced(arguments: ["import", "backup.json"])) {
            try device.store.undoLast(command: command("undo", at: day(3)))
        }
    }
}
