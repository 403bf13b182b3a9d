/// Bytes written one piece after another into one growing buffer: what the JSON writers (`PrettyJSON`, a command's
/// arguments, a roadmap snapshot's skills) write into.
// Not [UInt8]: its append(contentsOf:) checks uniqueness and capacity generically, ~90 instructions a call, 19 % of a large JSON export.
public final class OutputBytes {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    // Private, every access in this file: the compiler drops the run-time exclusivity checks, 0.4 G of a large JSON export.
    private var used = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    public var count: Int { used }

    public var isEmpty: Bool { used == 0 }

    @inline(__always)
    public func append(_ byte: UInt8) {
        if used == capacity { grow(toHold: used + 1) }
        storage[used] = byte
        used += 1
    }

    @inline(__always)
    public func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if used + bytes.count > capacity { grow(toHold: used + bytes.count) }
        (storage + used).initialize(from: base, count: bytes.count)
        used += bytes.count
    }

    /// A constant's bytes: "null", a key.
    @inline(__always)
    public func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    public func reserveCapacity(_ size: Int) {
        if size > capacity { grow(toHold: size) }
    }

    /// Forgets the bytes, keeping the room they took.
    public func removeAll() { used = 0 }

    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: used))
    }

    /// The bytes as text, repaired as `String(decoding:as:)` repairs them.
    public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    private func grow(toHold size: Int) {
        let larger = max(size, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: used)
        storage.deallocate()
        (storage, capacity) = (moved, larger)
    }
}
