import RoadmapFormat

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Each skill's place in a list by its id's UTF-8 bytes, so an id handed over as bytes is found without a String made
/// of it: String's hashing and Dictionary's search were 400 instructions a lookup, and a graph of ten thousand skills
/// looks up fourteen thousand prerequisites. Open addressing over one buffer of every id's bytes; the place of an id
/// written twice is its last, as a Dictionary filled in order keeps.
struct PlacesByID: Sendable {
    private var bytes: [UInt8] = []
    /// Id `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    /// A place plus one; 0 is an empty slot. A power of two at least twice the ids, so a search ends soon.
    private var slots: [Int32]

    init(_ ids: some Collection<String>) {
        var size = 16
        while size < ids.count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        bytes.reserveCapacity(ids.count * 16)
        starts.reserveCapacity(ids.count + 1)
        for var id in ids {
            id.withUTF8 { id in
                let place = starts.count - 1
                bytes.append(contentsOf: id)
                starts.append(bytes.count)
                let slot = self.slot(of: id)
                slots[slot] = Int32(place + 1)
            }
        }
    }

    /// The place of the id `id`'s bytes spell; nil for one not in the list.
    func place(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        let found = slots[slot(of: id)]
        return found == 0 ? nil : Int(found) - 1
    }

    func place(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { place(of: $0) }
    }

    /// The slot holding `id`, or the empty one where it would go.
    private func slot(of id: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: CompiledRoadmap.checksum(id)) & mask
        while slots[slot] != 0 && !holds(slots[slot], id) { slot = (slot + 1) & mask }
        return slot
    }

    private func holds(_ entry: Int32, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let place = Int(entry) - 1
        let start = starts[place], count = starts[place + 1] - start
        guard count == id.count else { return false }
        return count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, id.baseAddress!, count) == 0 }
    }
}
