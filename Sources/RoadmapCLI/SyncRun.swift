import Foundation
import RoadmapCore
import RoadmapStore

/// One sync of one device: the flow `roadmap sync` follows, step by step.
struct SyncRun {
    let context: CommandContext
    let store: ProgressStore
    let git: Git
    let remote: String
    var folder: String { git.folder }
    static let attempts = 5
    static let branch = "refs/remotes/origin/main"

    func run() throws -> SyncOutcome {
        try SyncFolder.create(folder)
        // Two syncs on one device run one after the other: the lock is held until this value goes.
        let lock = try SyncLock(folder: folder)
        defer { lock.release() }
        try ensureWorkingCopy()
        try fetch()
        try checkRemoteIsOurs()
        let state = try store.prepareSync(remote: remote)
        guard let device = state.device else { throw CommandError.gitFailed(folder: folder, what: "sync", reason: "the database gave no device id") }
        try ensureIdentity(device: device)
        var receipt = SyncReceipt()
        for attempt in 1...Self.attempts {
            let merging = try merge()
            // The device files this database already holds every line of, unchanged in the working copy: nothing to read.
            let known = try !merging && state.appliedTree != nil && devicesTree() == state.appliedTree
                && git.run("status", "--porcelain", "--untracked-files=all", "--", SyncRepository.devicesFolder).stdout.isEmpty
            let (batches, documents) = known ? ([], [:]) : try readDevices(abortingMerge: merging)
            let incoming = batches.reduce(0) { $0 + $1.lines.count }
            let terminal = context.terminal
            let showProgress = terminal.stderrIsTerminal && incoming >= 5000
            let received = try store.applyIncoming(batches, documents: documents) { done, total in
                guard showProgress else { return }
                terminal.progress("syncing \(done * 100 / max(total, 1))% (\(done) of \(total) commands)")
            }
            if showProgress { terminal.progress(nil) }
            receipt = receipt.adding(received)
            let own = known ? try store.writtenCommands() : Set(batches.first { $0.device == device }?.lines.map(\.command.uuid) ?? [])
            let appended = try writeOwnFile(device: device, written: own)
            try writeCopies()
            try commit(merging: merging)
            if !appended.isEmpty { try store.markWritten(appended) }
            // Own lines are now in the file too: this database holds every line of what was committed.
            if !known { try store.markWritten(Array(own)) }
            try store.markApplied(tree: devicesTree())
            let waiting = try store.syncState().waiting
            guard try needsPush() else {
                try store.markPushed(at: context.now)
                return SyncOutcome(remote: remote, device: device, receipt: receipt, sent: 0, pushed: false)
            }
            let push = try git.run("push", "-q", "origin", "HEAD:refs/heads/main")
            if push.succeeded {
                try store.markPushed(at: context.now)
                return SyncOutcome(remote: remote, device: device, receipt: receipt, sent: waiting, pushed: true)
            }
            guard Self.isRejection(push.stderr) else { throw CommandError.unreachableRemote(remote: remote, reason: push.reason) }
            // Another device pushed first: take its commits and go round again.
            if attempt < Self.attempts { try fetch() }
        }
        throw CommandError.pushRejected(remote: remote, attempts: Self.attempts)
    }

    /// The git tree of the committed `devices/` folder; nil before it has one.
    func devicesTree() throws -> String? {
        let result = try git.run("rev-parse", "-q", "--verify", "HEAD:" + SyncRepository.devicesFolder)
        return result.succeeded ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// git refused the push because the remote moved on, not because it could not be reached.
    static func isRejection(_ stderr: String) -> Bool {
        ["[rejected]", "non-fast-forward", "fetch first", "[remote rejected]", "cannot lock ref", "failed to update ref"]
            .contains { stderr.contains($0) }
    }

    // MARK: the working copy

    /// `git init -b main` in an empty folder; refuses a folder that holds something else.
    func ensureWorkingCopy() throws {
        let manager = FileManager.default
        let gitFolder = folder + "/.git"
        if !manager.fileExists(atPath: gitFolder) {
            let entries = try manager.contentsOfDirectory(atPath: folder).filter { $0 != SyncLock.fileName }
            guard entries.isEmpty else { throw CommandError.notSyncFolder(folder) }
            try git.require("init", "-q", "-b", "main")
        } else {
            // A working copy with commits is ours only when it holds the marker.
            if try git.commit("HEAD") != nil, !(try git.run("cat-file", "-e", "HEAD:" + SyncRepository.markerFile).succeeded) {
                throw CommandError.notSyncFolder(folder)
            }
            // A sync interrupted in the middle of a merge: start the merge again.
            if manager.fileExists(atPath: gitFolder + "/MERGE_HEAD") { try git.run("merge", "--abort") }
        }
        // The lock file is never committed.
        let exclude = gitFolder + "/info/exclude"
        let excluded = (try? String(contentsOfFile: exclude, encoding: .utf8)) ?? ""
        if !excluded.split(separator: "\n").contains("/" + SyncLock.fileName) {
            try manager.createDirectory(atPath: gitFolder + "/info", withIntermediateDirectories: true)
            try (excluded + (excluded.isEmpty || excluded.hasSuffix("\n") ? "" : "\n") + "/\(SyncLock.fileName)\n")
                .write(toFile: exclude, atomically: true, encoding: .utf8)
        }
        let current = try git.run("remote", "get-url", "origin")
        if !current.succeeded {
            try git.require("remote", "add", "origin", remote)
        } else if current.stdout.trimmingCharacters(in: .whitespacesAndNewlines) != remote {
            try git.require("remote", "set-url", "origin", remote)
        }
    }

    /// Commits never fail on a machine without a git identity: this working copy gets one of its own.
    func ensureIdentity(device: String) throws {
        if !(try git.run("config", "user.name").succeeded) { try git.require("config", "user.name", "roadmap") }
        if !(try git.run("config", "user.email").succeeded) { try git.require("config", "user.email", "\(device)@roadmap.invalid") }
    }

    func fetch() throws {
        let result = try git.run("fetch", "-q", "--prune", "origin")
        guard result.succeeded else { throw CommandError.unreachableRemote(remote: remote, reason: result.reason) }
    }

    /// An empty remote is fine; one with commits must hold a `main` branch with the marker.
    func checkRemoteIsOurs() throws {
        if try git.commit(Self.branch) != nil {
            guard try git.run("cat-file", "-e", Self.branch + ":" + SyncRepository.markerFile).succeeded else {
                throw CommandError.notSyncRepository(remote: remote)
            }
            return
        }
        let branches = try git.require("for-each-ref", "--format=%(refname)", "refs/remotes/origin")
        if branches.stdout.split(separator: "\n").contains(where: { !$0.hasSuffix("/HEAD") }) {
            throw CommandError.notSyncRepository(remote: remote)
        }
    }

    /// Merges the fetched branch; returns whether a merge is in progress (conflicts only in files this device
    /// writes again). Any other conflict aborts the merge.
    func merge() throws -> Bool {
        guard try git.commit(Self.branch) != nil else { return false }
        if try git.commit("HEAD") != nil, try git.run("merge-base", "--is-ancestor", Self.branch, "HEAD").succeeded { return false }
        let result = try git.run("merge", "-q", "--no-edit", "--allow-unrelated-histories", "-m", "roadmap sync: merge", Self.branch)
        if result.succeeded { return false }
        let conflicted = try git.run("diff", "--name-only", "--diff-filter=U").stdout.split(separator: "\n").map(String.init)
        guard !conflicted.isEmpty else {
            throw CommandError.gitFailed(folder: folder, what: "git merge", reason: result.reason)
        }
        let derived = conflicted.allSatisfy { $0 == SyncRepository.readmeFile || $0 == SyncRepository.markerFile
            || ($0.hasPrefix(SyncRepository.roadmapsFolder + "/") && $0.hasSuffix(".yaml")) }
        guard derived else {
            try git.run("merge", "--abort")
            throw CommandError.syncConflict(remote: remote, files: conflicted, folder: folder)
        }
        return true
    }

    // MARK: reading

    /// Every `devices/*.jsonl`, by file name, each line checked on its own as `import` checks a backup, with the
    /// custom roadmaps the lines carry, parsed (by id, the newest version). A line that does not read or check
    /// refuses the whole sync: nothing is imported.
    func readDevices(abortingMerge merging: Bool) throws -> ([SyncBatch], [String: RoadmapDocument]) {
        let devices = folder + "/" + SyncRepository.devicesFolder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: devices)) ?? []).sorted()
        var batches: [SyncBatch] = []
        var documents: [String: (version: Int, document: RoadmapDocument)] = [:]
        func refuse(_ file: String, line: Int, _ reason: String) throws -> Never {
            if merging { try git.run("merge", "--abort") }
            throw CommandError.invalidDeviceLine(file: file, line: line, reason: reason, folder: folder)
        }
        for name in names {
            guard let device = SyncRepository.device(fromFileName: name) else { continue }
            let file = SyncRepository.devicesFolder + "/" + name
            let data = try Data(contentsOf: URL(fileURLWithPath: devices + "/" + name))
            let read: [(number: Int, line: SyncLine)]
            do {
                read = try SyncRepository.decode(data, file: file)
            } catch let invalid as SyncRepository.InvalidLine {
                try refuse(file, line: invalid.line, invalid.reason)
            }
            for (number, line) in read {
                do {
                    for (id, document) in try line.check() {
                        let version = line.roadmaps.first { $0.id == id }?.version ?? Int.min
                        if (documents[id]?.version ?? Int.min) < version { documents[id] = (version, document) }
                    }
                } catch let invalid as SyncLine.Invalid {
                    try refuse(file, line: number, invalid.reason.replacingOccurrences(of: "the backup ", with: ""))
                }
            }
            batches.append(SyncBatch(device: device, lines: read.map(\.line)))
        }
        return (batches, documents.mapValues(\.document))
    }

    // MARK: writing

    /// Appends this device's commands its file lacks; returns their uuids.
    func writeOwnFile(device: String, written: Set<String>) throws -> [String] {
        let lines = try store.outgoingLines(excluding: written, host: Self.hostName)
        guard !lines.isEmpty else { return [] }
        var text = ""
        for line in lines { text += try SyncRepository.encode(line) }
        let path = folder + "/" + SyncRepository.devicePath(device)
        try FileManager.default.createDirectory(atPath: folder + "/" + SyncRepository.devicesFolder, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        // A file a crash left without its last newline gets one, so the next line stands alone.
        let end = try handle.seekToEnd()
        if end > 0 {
            try handle.seek(toOffset: end - 1)
            let last = try handle.read(upToCount: 1)
            try handle.seekToEnd()
            if last != Data("\n".utf8) { text = "\n" + text }
        }
        try handle.write(contentsOf: Data(text.utf8))
        return lines.map(\.command.uuid)
    }

    /// `roadmaps/<id>.yaml` as the database holds each custom roadmap now (copies of removed ones deleted), the
    /// README and the marker.
    func writeCopies() throws {
        let manager = FileManager.default
        let roadmaps = folder + "/" + SyncRepository.roadmapsFolder
        let custom = try store.customRoadmaps()
        if !custom.isEmpty { try manager.createDirectory(atPath: roadmaps, withIntermediateDirectories: true) }
        let kept = Set(custom.map { SyncRepository.roadmapPath($0.id) })
        for name in (try? manager.contentsOfDirectory(atPath: roadmaps)) ?? [] where name.hasSuffix(".yaml") {
            if !kept.contains(SyncRepository.roadmapsFolder + "/" + name) { try manager.removeItem(atPath: roadmaps + "/" + name) }
        }
        for roadmap in custom {
            try Self.write(roadmap.source ?? "", to: folder + "/" + SyncRepository.roadmapPath(roadmap.id))
        }
        let readme = folder + "/" + SyncRepository.readmeFile
        if !manager.fileExists(atPath: readme) || Self.isConflicted(readme) { try Self.write(SyncRepository.readme, to: readme) }
        try Self.write(SyncRepository.marker, to: folder + "/" + SyncRepository.markerFile)
    }

    /// Writes only when the text differs, so an unchanged file is not touched.
    static func write(_ text: String, to path: String) throws {
        if let current = try? String(contentsOfFile: path, encoding: .utf8), current == text { return }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func isConflicted(_ path: String) -> Bool {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").contains("\n<<<<<<< ")
    }

    /// `git add -A`, then a commit only when something changed (or a merge waits to be concluded).
    func commit(merging: Bool) throws {
        try git.require("add", "-A")
        let staged = !(try git.run("diff", "--cached", "--quiet").succeeded)
        let unborn = try git.commit("HEAD") == nil
        let changed = staged || unborn
        guard changed || merging else { return }
        try git.require("-c", "commit.gpgSign=false", "commit", "-q", "--no-verify", "-m", merging ? "roadmap sync: merge" : "roadmap sync from \(Self.hostName ?? "a device")")
    }

    /// Whether HEAD holds commits the remote lacks.
    func needsPush() throws -> Bool {
        guard let head = try git.commit("HEAD") else { return false }
        guard let fetched = try git.commit(Self.branch) else { return true }
        guard fetched != head else { return false }
        return !(try git.run("merge-base", "--is-ancestor", "HEAD", Self.branch).succeeded)
    }

    static var hostName: String? {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty ? nil : String(name.split(separator: ".").first ?? Substring(name))
    }
}

extension SyncReceipt {
    /// Two rounds' receipts as one: counts added by device, changed ids joined.
    func adding(_ other: SyncReceipt) -> SyncReceipt {
        var devices = self.devices
        for device in other.devices {
            if let index = devices.firstIndex(where: { $0.device == device.device }) {
                devices[index].commands += device.commands
                devices[index].marks += device.marks
                devices[index].notes += device.notes
                devices[index].reviews += device.reviews
                devices[index].undos += device.undos
                devices[index].others += device.others
                devices[index].name = device.name
            } else {
                devices.append(device)
            }
        }
        func joined(_ a: [String], _ b: [String]) -> [String] { a + b.filter { !a.contains($0) } }
        return SyncReceipt(devices: devices.sorted { $0.device < $1.device }, enrolmentsChanged: joined(enrolmentsChanged, other.enrolmentsChanged),
                           roadmapsChanged: joined(roadmapsChanged, other.roadmapsChanged))
    }
}
