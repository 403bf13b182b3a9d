/// Bytes written one piece after another into one growing buffer: what the JSON writers (`PrettyJSON`) write into.
// Not [UInt8]: its append(contentsOf:) checks uniqueness and capacity generically, ~90 instructions a call, 19 % of a large JSON export.
final class OutputBytes {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (storage + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// A constant's bytes: "null", a key.
    @inline(__always)
    func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes { append(byte) }
    }

    func reserveCapacity(_ size: Int) {
        if size > capacity { grow(toHold: size) }
    }

    /// Forgets the bytes, keeping the room they took.
    func removeAll() { count = 0 }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: count))
    }

    private func grow(toHold size: Int) {
        let larger = max(size, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: count)
        storage.deallocate()
        (storage, capacity) = (moved, larger)
    }
}

/// Where `JSONString` appends: a byte array, or the JSON writers' `OutputBytes`.
protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {}

extension OutputBytes: ByteOutput {}
