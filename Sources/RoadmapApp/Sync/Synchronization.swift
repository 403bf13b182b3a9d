import Foundation
import RoadmapCore
import RoadmapStore

/// One sync of one device, over any `GitRemote`: take in what every device's file holds, append this device's new
/// commands to its own file, commit and push; when another device pushed first, take its commit and go round again.
/// Each step of a round is a value only the step before can make (`Merged` → `Received` → `Applied` → `Written` →
/// `Committed`), so what is marked as written to the file follows from the types, not from flags.
public struct Synchronization {
    public static let attempts = 5
    let store: ProgressStore
    let copy: any GitRemote
    let remote: String
    /// For the messages that name the working copy.
    let folder: String
    let host: String?
    let now: () -> Date
    /// Called while the incoming commands are applied: (done, total).
    let progress: ((Int, Int) -> Void)?

    public init(store: ProgressStore, copy: any GitRemote, remote: String, folder: String, host: String? = Synchronization.hostName,
                now: @escaping () -> Date, progress: ((Int, Int) -> Void)? = nil) {
        self.store = store
        self.copy = copy
        self.remote = remote
        self.folder = folder
        self.host = host
        self.now = now
        self.progress = progress
    }

    public func run() throws -> SyncOutcome {
        try copy.withLock {
            try copy.prepare(remote: remote)
            try copy.fetch()
            guard try copy.fetchedKind() != .other else { throw SyncError.notSyncRepository(remote: remote) }
            let state = try store.prepareSync(remote: remote)
            guard let device = state.device else { throw SyncError.noDeviceID }
            try copy.ensureIdentity(device: device)
            var receipt = SyncReceipt()
            for attempt in 1...Self.attempts {
                let applied = try receive(try merge(), appliedTree: state.appliedTree, device: device)
                receipt = receipt.adding(applied.receipt)
                let committed = try commit(try write(applied, device: device))
                switch try push(committed) {
                case .finished(let sent, let pushed):
                    return SyncOutcome(remote: remote, device: device, receipt: receipt, sent: sent, pushed: pushed)
                case .rejected:
                    // Another device pushed first: take its commits and go round again.
                    if attempt < Self.attempts { try copy.fetch() }
                }
            }
            throw SyncError.pushRejected(remote: remote, attempts: Self.attempts)
        }
    }

    // MARK: a round's steps

    /// The fetched commits merged in; `merging`: a merge waits on files this device writes again.
    struct Merged { let merging: Bool }

    /// What the device files hold for this database: nothing new (the tree it applied, unchanged here), or every line.
    enum Received {
        case unchanged(Merged)
        case read(Merged, batches: [SyncBatch], documents: [String: RoadmapDocument])
    }

    /// The lines applied to the store. `inFile`: this device's commands its file holds; `found`: those the file was
    /// read to know, marked as written once committed.
    struct Applied {
        let merged: Merged
        let receipt: SyncReceipt
        let inFile: Set<String>
        let found: [String]
    }

    /// This device's new commands appended to its file, and the copies of custom roadmaps, README and marker.
    struct Written {
        let merged: Merged
        let appended: [String]
        let found: [String]
    }

    /// Committed: everything written is in this device's history, and the store knows it.
    struct Committed {}

    enum Pushed {
        case finished(sent: Int, pushed: Bool)
        case rejected
    }

    /// Merges what was fetched. Conflicts only in files this device writes again wait for the commit; any other
    /// aborts the merge and the sync.
    func merge() throws -> Merged {
        // The files this device writes again after the merge, as an earlier sync that stopped may have left them.
        try copy.restoreCommitted([SyncRepository.readmeFile, SyncRepository.markerFile, SyncRepository.roadmapsFolder])
        switch try copy.mergeFetched() {
        case .merged:
            return Merged(merging: false)
        case .conflicted(let files):
            let derived = files.allSatisfy { $0 == SyncRepository.readmeFile || $0 == SyncRepository.markerFile
                || ($0.hasPrefix(SyncRepository.roadmapsFolder + "/") && $0.hasSuffix(".yaml")) }
            guard derived else {
                try copy.abortMerge()
                throw SyncError.syncConflict(remote: remote, files: files, folder: folder)
            }
            return Merged(merging: true)
        }
    }

    /// Reads the device files, unless they are the tree this database already holds every line of, and applies them.
    func receive(_ merged: Merged, appliedTree: String?, device: String) throws -> Applied {
        let unchanged = try !merged.merging && appliedTree != nil && copy.devicesTree() == appliedTree
            && !copy.hasChanges(in: SyncRepository.devicesFolder)
        let received: Received = unchanged ? .unchanged(merged) : try read(merged)
        switch received {
        case .unchanged(let merged):
            return Applied(merged: merged, receipt: SyncReceipt(), inFile: try store.writtenCommands(), found: [])
        case let .read(merged, batches, documents):
            let receipt = try store.applyIncoming(batches, documents: documents, progress: progress)
            let own = batches.first { $0.device == device }?.lines.map(\.command.uuid) ?? []
            return Applied(merged: merged, receipt: receipt, inFile: Set(own), found: own)
        }
    }

    /// Every `devices/*.jsonl`, by file name, each line checked on its own as `import` checks a backup, with the
    /// custom roadmaps the lines carry, parsed (by id, the newest version). A line that does not read or check
    /// refuses the whole sync: nothing is imported.
    func read(_ merged: Merged) throws -> Received {
        var batches: [SyncBatch] = []
        var documents: [String: (version: Int, document: RoadmapDocument)] = [:]
        func refuse(_ file: String, line: Int, _ reason: String) throws -> Never {
            if merged.merging { try copy.abortMerge() }
            throw SyncError.invalidDeviceLine(file: file, line: line, reason: reason, folder: folder)
        }
        for name in try copy.list(SyncRepository.devicesFolder) {
            guard let device = SyncRepository.device(fromFileName: name) else { continue }
            let file = SyncRepository.devicesFolder + "/" + name
            let data = try copy.read(file) ?? Data()
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
        return .read(merged, batches: batches, documents: documents.mapValues(\.document))
    }

    /// Appends this device's commands its file lacks, and writes the copies.
    func write(_ applied: Applied, device: String) throws -> Written {
        let lines = try store.outgoingLines(excluding: applied.inFile, host: host)
        if !lines.isEmpty {
            var text = ""
            for line in lines { text += try SyncRepository.encode(line) }
            let file = SyncRepository.devicePath(device)
            // A file a crash left without its last newline gets one, so the next line stands alone.
            if let current = try copy.read(file), let last = current.last, last != UInt8(ascii: "\n") { text = "\n" + text }
            try copy.append(Data(text.utf8), to: file)
        }
        try writeCopies()
        return Written(merged: applied.merged, appended: lines.map(\.command.uuid), found: applied.found)
    }

    /// `roadmaps/<id>.yaml` as the database holds each custom roadmap now (copies of removed ones deleted), the
    /// README and the marker; a file is written only when its text differs.
    func writeCopies() throws {
        let custom = try store.customRoadmaps()
        let kept = Set(custom.map { SyncRepository.roadmapPath($0.id) })
        for name in try copy.list(SyncRepository.roadmapsFolder) where name.hasSuffix(".yaml") {
            let file = SyncRepository.roadmapsFolder + "/" + name
            if !kept.contains(file) { try copy.remove(file) }
        }
        for roadmap in custom { try write(roadmap.source ?? "", to: SyncRepository.roadmapPath(roadmap.id)) }
        let readme = try copy.read(SyncRepository.readmeFile).map { String(decoding: $0, as: UTF8.self) }
        if readme == nil || readme?.contains("\n<<<<<<< ") == true { try write(SyncRepository.readme, to: SyncRepository.readmeFile) }
        try write(SyncRepository.marker, to: SyncRepository.markerFile)
    }

    private func write(_ text: String, to file: String) throws {
        let data = Data(text.utf8)
        if try copy.read(file) != data { try copy.write(data, to: file) }
    }

    /// Commits, then records what the commit holds: the lines appended, and this device's lines the file was read to
    /// know; and the devices tree, which this database now holds every line of.
    func commit(_ written: Written) throws -> Committed {
        let message = written.merged.merging ? "roadmap sync: merge" : "roadmap sync from \(host ?? "a device")"
        try copy.commit(message: message, merging: written.merged.merging)
        try store.markWritten(written.appended + written.found)
        try store.markApplied(tree: copy.devicesTree())
        return Committed()
    }

    func push(_ committed: Committed) throws -> Pushed {
        let waiting = try store.syncState().waiting
        guard try copy.needsPush() else {
            try store.markPushed(at: now())
            return .finished(sent: 0, pushed: false)
        }
        guard try copy.push() else { return .rejected }
        try store.markPushed(at: now())
        return .finished(sent: waiting, pushed: true)
    }

    public static var hostName: String? {
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
