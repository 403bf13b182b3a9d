import Foundation
import RoadmapApp
import RoadmapCore

/// A sync repository in memory: the remote's commits and `main`, shared by every device's `FakeWorkingCopy`.
final class FakeServer {
    struct Commit {
        let id: String
        let parents: [String]
        let files: [String: Data]
    }

    var commits: [String: Commit] = [:]
    var main: String?
    private var counter = 0

    func add(parents: [String], files: [String: Data]) -> String {
        counter += 1
        let id = "c\(counter)"
        commits[id] = Commit(id: id, parents: parents, files: files)
        return id
    }

    func files(_ id: String?) -> [String: Data] { id.flatMap { commits[$0]?.files } ?? [:] }

    /// `id` and every commit it descends from.
    func ancestry(_ id: String) -> Set<String> {
        var seen: Set<String> = [], queue = [id]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue += commits[next]?.parents ?? []
        }
        return seen
    }

    func isAncestor(_ ancestor: String, of id: String) -> Bool { ancestry(id).contains(ancestor) }

    /// A common ancestor of both that no other common ancestor descends from.
    func mergeBase(_ a: String, _ b: String) -> String? {
        let common = ancestry(a).intersection(ancestry(b))
        return common.first { candidate in !common.contains { $0 != candidate && isAncestor(candidate, of: $0) } }
    }
}

/// What the fake throws where a crash, a lost connection or a failing disk would stop a sync.
struct InjectedFailure: Error {}

/// One device's working copy of a `FakeServer`, as git would keep it: a working tree, HEAD, the fetched `main`, and a
/// merge that waits. `fails` is asked at every call, before and after its effect (a push that reached the remote
/// and then lost the connection), and may stop the sync there.
final class FakeWorkingCopy: GitRemote {
    let server: FakeServer
    var files: [String: Data] = [:]
    var head: String?
    var fetched: String?
    var mergeHead: String?
    private var beforeMerge: [String: Data] = [:]
    var fails: (String) -> Bool = { _ in false }
    /// Runs before a push reaches the remote: another device's sync, to race this one.
    var beforePush: (() -> Void)?

    init(server: FakeServer) { self.server = server }

    private func step(_ name: String) throws { if fails(name) { throw InjectedFailure() } }

    private var committed: [String: Data] { server.files(head) }

    /// The paths whose working file differs from the last commit.
    private var localChanges: Set<String> {
        Set(files.keys).union(committed.keys).filter { files[$0] != committed[$0] }
    }

    func withLock<T>(_ body: () throws -> T) throws -> T { try body() }

    func prepare(remote: String) throws {
        try step("prepare")
        if mergeHead != nil { try abortMerge() }
    }

    func fetch() throws {
        try step("fetch")
        fetched = server.main
        try step("fetch.after")
    }

    func fetchedKind() throws -> FetchedRepository {
        guard let fetched else { return .empty }
        return server.files(fetched)[SyncRepository.markerFile] == nil ? .other : .sync
    }

    func ensureIdentity(device: String) throws { try step("identity") }

    func restoreCommitted(_ paths: [String]) throws {
        try step("restore")
        let inside = { (path: String) in paths.contains { path == $0 || path.hasPrefix($0 + "/") } }
        for path in Set(files.keys).union(committed.keys) where inside(path) { files[path] = committed[path] }
    }

    func mergeFetched() throws -> MergeOutcome {
        try step("merge")
        guard let fetched else { return .merged }
        if let head, server.isAncestor(fetched, of: head) { return .merged }
        let incoming = server.files(fetched)
        let local = localChanges
        let base = head.flatMap { server.mergeBase($0, fetched) }.map { server.files($0) } ?? [:]
        let ours = committed
        var result: [String: Data] = [:], conflicts: [String] = []
        for path in Set(ours.keys).union(incoming.keys).union(base.keys) {
            let (b, o, t) = (base[path], ours[path], incoming[path])
            if o == t || t == b { result[path] = o } else if o == b { result[path] = t } else {
                conflicts.append(path)
                result[path] = Data("x\n<<<<<<< HEAD\n=======\n>>>>>>> main\n".utf8)
            }
        }
        // git refuses a merge that would overwrite a file changed here and not committed.
        let overwritten = local.filter { result[$0] != ours[$0] }
        guard overwritten.isEmpty else {
            throw SyncError.gitFailed(folder: "fake", what: "git merge", reason: "local changes to \(overwritten.sorted()) would be overwritten")
        }
        var tree = result
        for path in local { tree[path] = files[path] }
        if conflicts.isEmpty {
            head = head.map { server.add(parents: [$0, fetched], files: result) } ?? fetched
            files = tree
            return .merged
        }
        beforeMerge = files
        files = tree
        mergeHead = fetched
        return .conflicted(conflicts.sorted())
    }

    func abortMerge() throws {
        files = beforeMerge
        mergeHead = nil
    }

    func devicesTree() throws -> String? {
        let devices = committed.filter { $0.key.hasPrefix(SyncRepository.devicesFolder + "/") }
        guard !devices.isEmpty else { return nil }
        return devices.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value.count):\($0.value.hashValue)" }.joined(separator: ";")
    }

    func hasChanges(in folder: String) throws -> Bool { localChanges.contains { $0.hasPrefix(folder + "/") } }

    func commit(message: String, merging: Bool) throws {
        try step("commit")
        if let mergeHead {
            head = server.add(parents: [head, mergeHead].compactMap { $0 }, files: files)
            self.mergeHead = nil
        } else if head == nil || !localChanges.isEmpty {
            head = server.add(parents: head.map { [$0] } ?? [], files: files)
        }
        try step("commit.after")
    }

    func needsPush() throws -> Bool {
        guard let head else { return false }
        guard let fetched else { return true }
        return fetched != head && !server.isAncestor(head, of: fetched)
    }

    func push() throws -> Bool {
        try step("push")
        beforePush?()
        guard let head else { return true }
        if let main = server.main, !server.isAncestor(main, of: head) { return false }
        server.main = head
        fetched = head
        try step("push.after")
        return true
    }

    func read(_ path: String) throws -> Data? { files[path] }

    func write(_ data: Data, to path: String) throws {
        try step("write")
        files[path] = data
    }

    func append(_ data: Data, to path: String) throws {
        try step("append")
        files[path, default: Data()].append(data)
        try step("append.after")
    }

    func remove(_ path: String) throws {
        try step("remove")
        files[path] = nil
    }

    func list(_ folder: String) throws -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.map { String($0.dropFirst(folder.count + 1)) }.filter { !$0.contains("/") }.sorted()
    }
}
