import FuzzReadBack
import Foundation
import RoadmapCore

/// A device file as `roadmap sync` reads it: every line decoded and checked; what is accepted is applied to a
/// fresh store through `applyIncoming` and read back.
func fuzzSyncLine(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let read = try? SyncRepository.decode(data, file: "devices/fuzz.jsonl") else { return 0 }
    var documents: [String: RoadmapDocument] = [:]
    for (_, line) in read {
        guard let parsed = try? line.check() else { return 0 }
        documents.merge(parsed) { _, new in new }
    }
    ReadBack.syncLines(read.map(\.line), documents: documents)
    return 0
}
