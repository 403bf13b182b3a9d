import Foundation
import RoadmapCore

/// The sync working copy beside the database, run by git: `GitRemote` as `roadmap sync` uses it.
public struct GitWorkingCopy: GitRemote {
    let git: Git
    let remote: String
    public var folder: String { git.folder }
    static let branch = "refs/remotes/origin/main"

    /// `variables`: the run's environment as the terminal gives it (its PATH and HOME are git's).
    public init(folder: String, remote: String, variables: [String: String]) {
        git = Git(folder: folder, variables: variables)
        self.remote = remote
    }

    /// Whether `git` is on the PATH of `variables`.
    public static func isGitInstalled(variables: [String: String]) -> Bool { Git(folder: "/", variables: variables).isInstalled }

    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try SyncFolder.create(folder)
        let lock = try SyncLock(folder: folder)
        defer { lock.release() }
        return try body()
    }

    /// `git init -b main` in an empty folder; refuses a folder that holds something else.
    public func prepare(remote: String) throws {
        let manager = FileManager.default
        let gitFolder = folder + "/.git"
        if !manager.fileExists(atPath: gitFolder) {
            let entries = try manager.contentsOfDirectory(atPath: folder).filter { $0 != SyncLock.fileName }
            guard entries.isEmpty else { throw SyncError.notSyncFolder(folder) }
            try git.require("init", "-q", "-b", "main")
        } else {
            // A working copy with commits is ours only when it holds the marker.
            if try git.commit("HEAD") != nil, !(try git.run("cat-file", "-e", "HEAD:" + SyncRepository.markerFile).succeeded) {
                throw SyncError.notSyncFolder(folder)
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

    public func fetch() throws {
        let result = try git.run("fetch", "-q", "--prune", "origin")
        guard result.succeeded else { throw SyncError.unreachableRemote(remote: remote, reason: result.reason) }
    }

    /// An empty remote, one whose `main` holds the marker, or something else.
    public func fetchedKind() throws -> FetchedRepository {
        if try git.commit(Self.branch) != nil {
            return try git.run("cat-file", "-e", Self.branch + ":" + SyncRepository.markerFile).succeeded ? .sync : .other
        }
        let branches = try git.require("for-each-ref", "--format=%(refname)", "refs/remotes/origin")
        return branches.stdout.split(separator: "\n").contains(where: { !$0.hasSuffix("/HEAD") }) ? .other : .empty
    }

    public func ensureIdentity(device: String) throws {
        if !(try git.run("config", "user.name").succeeded) { try git.require("config", "user.name", "roadmap") }
        if !(try git.run("config", "user.email").succeeded) { try git.require("config", "user.email", "\(device)@roadmap.invalid") }
    }

    public func restoreCommitted(_ paths: [String]) throws {
        try git.require(["rm", "-r", "-q", "--cached", "--ignore-unmatch", "--"] + paths)
        for path in paths where FileManager.default.fileExists(atPath: folder + "/" + path) {
            try FileManager.default.removeItem(atPath: folder + "/" + path)
        }
        guard try git.commit("HEAD") != nil else { return }
        let committed = try git.require(["ls-tree", "--name-only", "HEAD", "--"] + paths).stdout.split(separator: "\n").map(String.init)
        if !committed.isEmpty { try git.require(["checkout", "-q", "HEAD", "--"] + committed) }
    }

    public func mergeFetched() throws -> MergeOutcome {
        guard try git.commit(Self.branch) != nil else { return .merged }
        if try git.commit("HEAD") != nil, try git.run("merge-base", "--is-ancestor", Self.branch, "HEAD").succeeded { return .merged }
        let result = try git.run("merge", "-q", "--no-edit", "--allow-unrelated-histories", "-m", "roadmap sync: merge", Self.branch)
        if result.succeeded { return .merged }
        let conflicted = try git.run("diff", "--name-only", "--diff-filter=U").stdout.split(separator: "\n").map(String.init)
        guard !conflicted.isEmpty else { throw SyncError.gitFailed(folder: folder, what: "git merge", reason: result.reason) }
        return .conflicted(conflicted)
    }

    public func abortMerge() throws { try git.run("merge", "--abort") }

    public func devicesTree() throws -> String? {
        let result = try git.run("rev-parse", "-q", "--verify", "HEAD:" + SyncRepository.devicesFolder)
        return result.succeeded ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    public func hasChanges(in folder: String) throws -> Bool {
        try !git.run("status", "--porcelain", "--untracked-files=all", "--", folder).stdout.isEmpty
    }

    /// `git add -A`, then a commit only when something changed (or a merge waits to be concluded).
    public func commit(message: String, merging: Bool) throws {
        try git.require("add", "-A")
        let staged = !(try git.run("diff", "--cached", "--quiet").succeeded)
        let unborn = try git.commit("HEAD") == nil
        guard staged || unborn || merging else { return }
        try git.require("-c", "commit.gpgSign=false", "commit", "-q", "--no-verify", "-m", message)
    }

    public func needsPush() throws -> Bool {
        guard let head = try git.commit("HEAD") else { return false }
        guard let fetched = try git.commit(Self.branch) else { return true }
        guard fetched != head else { return false }
        return !(try git.run("merge-base", "--is-ancestor", "HEAD", Self.branch).succeeded)
    }

    public func push() throws -> Bool {
        let push = try git.run("push", "-q", "origin", "HEAD:refs/heads/main")
        if push.succeeded { return true }
        guard Self.isRejection(push.stderr) else { throw SyncError.unreachableRemote(remote: remote, reason: push.reason) }
        return false
    }

    /// git refused the push because the remote moved on, not because it could not be reached.
    static func isRejection(_ stderr: String) -> Bool {
        ["[rejected]", "non-fast-forward", "fetch first", "[remote rejected]", "cannot lock ref", "failed to update ref"]
            .contains { stderr.contains($0) }
    }

    // MARK: files

    private func path(_ relative: String) -> String { folder + "/" + relative }

    public func read(_ relative: String) throws -> Data? {
        FileManager.default.fileExists(atPath: path(relative)) ? try Data(contentsOf: URL(fileURLWithPath: path(relative))) : nil
    }

    public func write(_ data: Data, to relative: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
    }

    public func append(_ data: Data, to relative: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: url.path) { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
    }

    public func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }

    public func list(_ relative: String) throws -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? []).sorted()
    }
}
