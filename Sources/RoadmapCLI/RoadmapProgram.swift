#if canImport(Glibc)
import Glibc
#endif

/// The process's entry, called by the `roadmap` executable target: the commands live in this library so that
/// tests and the fuzz targets in `Fuzz/` can reach them.
public enum RoadmapProgram {
    public static func main() {
        keepLargeBlocksOnTheHeap()
        RoadmapCommand.main()
    }

    /// Blocks under 64 MiB come from the heap, not an mmap each that large commands map and unmap over and over
    /// (large status: 7,388 -> 5,169 page faults). glibc's `mallopt(M_MMAP_THRESHOLD, …)`, which Swift does not import.
    private static func keepLargeBlocksOnTheHeap() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3
        if let mallopt = dlsym(nil, "mallopt") { _ = unsafeBitCast(mallopt, to: Mallopt.self)(mmapThreshold, 64 << 20) }
        #endif
    }
}
