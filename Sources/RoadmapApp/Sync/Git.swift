import Foundation

/// Runs git in one folder, through `ChildProcess`: `/usr/bin/env git -C FOLDER ARGUMENTS…`, an argument array and never a shell string.
/// `GIT_TERMINAL_PROMPT=0`, so a remote that wants a password fails instead of waiting for one, and `LC_ALL=C`, so
/// its messages read the same everywhere. Credentials are git's own business: its helpers and ssh keys apply.
struct Git {
    let folder: String
    let environment: [String: String]

    /// What one git run did.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var succeeded: Bool { status == 0 }

        /// git's reason in one line: its first `fatal:`/`error:` line that says more than "Could not read from remote
        /// repository" (ssh's own line when that is all), else its first line.
        var reason: String {
            let lines = stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let generic = ["Could not read from remote repository", "Please make sure you have", "and the repository exists"]
            let telling = lines.filter { line in !generic.contains { line.contains($0) } && !line.hasPrefix("hint:") }
            let line = telling.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? telling.first ?? lines.first
                ?? "git exited with status \(status)"
            var reason = line
            for prefix in ["fatal: ", "error: "] where reason.hasPrefix(prefix) { reason.removeFirst(prefix.count) }
            while reason.hasSuffix(".") { reason.removeLast() }
            return reason
        }
    }

    /// Set for git, never read by roadmap: no prompt for a password, messages in English, never an editor (a merge
    /// message) nor a pager.
    static let setForGit = ["GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "GIT_EDITOR": "true", "GIT_PAGER": "cat"]

    /// `variables`: the run's environment as the terminal gives it (PATH and HOME win over the process's own).
    init(folder: String, variables: [String: String]) {
        self.folder = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["PATH", "HOME"] { if let value = variables[name], !value.isEmpty { environment[name] = value } }
        environment.merge(Self.setForGit) { $1 }
        self.environment = environment
        executable = ChildProcess.executable(named: "git", searchPath: environment["PATH"])
    }

    /// git as found on PATH, run directly rather than through a shell or env.
    let executable: String?

    /// Whether `git` is on PATH.
    var isInstalled: Bool { executable != nil }

    /// Runs `git -C folder arguments…`; never throws for git's own failure, only when it cannot start.
    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        var git = try ChildProcess(executable ?? "/usr/bin/git", ["-C", folder] + arguments, environment: environment,
                                   input: .nothing, output: .captured, errors: .captured)
        let (termination, stdout, stderr) = git.finish()
        let status: Int32 = switch termination { case .exited(let code): code; case .signalled(let signal): 128 + signal }
        return Result(status: status, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @discardableResult
    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs git and fails with `SyncError.gitFailed` when it does.
    @discardableResult
    func require(_ arguments: String...) throws -> Result { try require(arguments) }

    @discardableResult
    func require(_ arguments: [String]) throws -> Result {
        let result = try run(arguments)
        guard result.succeeded else { throw SyncError.gitFailed(folder: folder, what: "git " + arguments.prefix(2).joined(separator: " "), reason: result.reason) }
        return result
    }

    /// The commit a revision names, or nil.
    func commit(_ revision: String) throws -> String? {
        let result = try run("rev-parse", "--verify", "-q", revision + "^{commit}")
        return result.succeeded ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }
}
