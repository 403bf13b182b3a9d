import Foundation

/// A program run as a child of roadmap, in roadmap's own process group: at a terminal that is the foreground group,
/// so a pager may set the terminal up and read keys, and Ctrl-C and Ctrl-Z reach the child as they reach roadmap.
/// Spawned with posix_spawn because Foundation's `Process` puts every child in a new process group, where `less`
/// is stopped by SIGTTOU and roadmap waits for it forever.
public struct ChildProcess {
    public let pid: pid_t
    /// roadmap's end of the child's standard input, when it was given a pipe; nil once closed.
    private(set) var input: Int32?
    private let output: Int32?
    private let errors: Int32?

    /// Where a child's standard input comes from.
    public enum Input { case inherited, nothing, pipe }
    /// Where a child's standard output or error goes.
    public enum Output { case inherited, captured, discarded }

    /// The first executable `name` among `searchPath`'s folders ($PATH's form, an empty folder meaning the current
    /// one), as a shell would find it; `name` itself when it holds a slash.
    public static func executable(named name: String, searchPath: String?, defaultPath: String = "/usr/bin:/bin") -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        let folders = (searchPath ?? defaultPath).split(separator: ":", omittingEmptySubsequences: false)
        return folders.map { ($0.isEmpty ? "." : String($0)) + "/" + name }.first(where: isExecutableFile)
    }

    /// A regular file this process may execute (a folder with its x bit set is none).
    public static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// Replaces this process with `executable`, so signals and the terminal reach it as they reached roadmap.
    /// Returns only when it could not start.
    public static func replaceProcess(with executable: String, _ arguments: [String]) {
        fflush(nil)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        execv(executable, argv)
    }

    /// Starts `executable` with `arguments` (the program name is added as argument zero). Throws when it cannot start.
    public init(_ executable: String, _ arguments: [String], environment: [String: String], input inputKind: Input = .inherited,
         output outputKind: Output = .inherited, errors errorsKind: Output = .inherited) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling and nothing blocked, whatever roadmap ignores while it waits.
        var defaults = sigset_t(), nothingBlocked = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        sigemptyset(&nothingBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &nothingBlocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var parentEnds: [Int32] = [], childEnds: [Int32] = []
        func pipe(for descriptor: Int32, childReads: Bool) throws -> Int32 {
            var ends: [Int32] = [0, 0]
            guard Glibc.pipe(&ends) == 0 else { throw ChildProcessError.cannotStart(executable, errno) }
            // Close-on-exec, so no other child started later holds this pipe open (dup2 clears it in this child).
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            let (child, parent) = childReads ? (ends[0], ends[1]) : (ends[1], ends[0])
            posix_spawn_file_actions_adddup2(&actions, child, descriptor)
            childEnds.append(child)
            parentEnds.append(parent)
            return parent
        }
        var inputEnd: Int32?, outputEnd: Int32?, errorsEnd: Int32?
        do {
            switch inputKind {
            case .inherited: break
            case .nothing: posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            case .pipe: inputEnd = try pipe(for: 0, childReads: true)
            }
            for (kind, descriptor) in [(outputKind, Int32(1)), (errorsKind, 2)] {
                switch kind {
                case .inherited: break
                case .discarded: posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
                case .captured:
                    let end = try pipe(for: descriptor, childReads: false)
                    if descriptor == 1 { outputEnd = end } else { errorsEnd = end }
                }
            }
        } catch {
            (parentEnds + childEnds).forEach { close($0) }
            throw error
        }

        var pid = pid_t()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        childEnds.forEach { close($0) }
        guard status == 0 else {
            parentEnds.forEach { close($0) }
            throw ChildProcessError.cannotStart(executable, status)
        }
        self.pid = pid
        input = inputEnd
        output = outputEnd
        errors = errorsEnd
    }

    /// Writes all of `data` to the child's standard input; false when the child stopped reading (a pager quit).
    @discardableResult
    public func write(_ data: Data) -> Bool {
        guard let input else { return false }
        return data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(input, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Closes the child's standard input, so it reads its end.
    public mutating func closeInput() {
        if let input { close(input) }
        input = nil
    }

    /// How a child ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Reads what the child printed on captured streams to their ends (both at once, so neither pipe fills and stalls
    /// it), then waits for it to exit: waitpid blocks until it does, with no polling.
    public mutating func finish() -> (termination: Termination, stdout: Data, stderr: Data) {
        closeInput()
        let group = DispatchGroup()
        nonisolated(unsafe) var stdout = Data(), stderr = Data()
        if let output { DispatchQueue.global().async(group: group) { stdout = Self.readAll(output) } }
        if let errors { DispatchQueue.global().async(group: group) { stderr = Self.readAll(errors) } }
        group.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are C macros Swift does not import.
        let termination: Termination = status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
        return (termination, stdout, stderr)
    }

    private static func readAll(_ descriptor: Int32) -> Data {
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(buffer, count: count)
        }
    }
}

public enum ChildProcessError: Error {
    case cannotStart(String, Int32)
}
