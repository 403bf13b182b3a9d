import FuzzReadBack
import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap import`'s reader and check; whatever it accepts must be restored and read back equal.
func fuzzBackup(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let (backup, documents) = try? ProgressBackup.decode(data, knownSchemas: ProgressStore.knownSchemaVersions) else { return 0 }
    ReadBack.backup(backup, documents: documents)
    return 0
}
