import Foundation

/// A thread of its own for part of a long command's work (an import's reading, its roadmaps' parse).
enum WorkerThread {
    /// Starts `body` on a thread with the main thread's stack (up to 256 MiB), so a deeply nested file read there goes
    /// as deep as it would on the main thread.
    static func start(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        var limit = rlimit()
        let main = getrlimit(__rlimit_resource_t(RLIMIT_STACK.rawValue), &limit) == 0 ? limit.rlim_cur : 8 << 20
        thread.stackSize = Int(min(main, 256 << 20))
        thread.start()
    }

    /// glibc's `malloc_trim(0)`, looked up as it is not in Swift's Glibc module (nothing where it is missing): what a
    /// worker freed lies in its own malloc arena, which the other threads do not reuse; given back, it adds nothing to
    /// the command's peak memory.
    static func giveBackFreedMemory() {
        guard let trim = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> CInt).self)(0)
    }
}
