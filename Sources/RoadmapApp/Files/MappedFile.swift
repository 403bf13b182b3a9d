import Foundation

/// A file's bytes mapped read-only into memory, read once from start to end: what was read can be let go, so a
/// large file never counts whole in the process's memory.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer
    private var released = 0

    /// Nil when the file cannot be mapped (missing, a directory, empty, unreadable): the caller reads it the usual way.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let count = Int(status.st_size)
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: count)
        madvise(address, count, MADV_SEQUENTIAL)
    }

    /// The pages before `offset` are not needed again (read again from the file if they are).
    func release(upTo offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        guard end > released, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
