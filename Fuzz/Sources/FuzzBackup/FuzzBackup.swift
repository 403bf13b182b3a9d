import FuzzReadBack
import Foundation
import RoadmapCore
import RoadmapStore

/// `roadmap import`'s reader and check; whatever it accepts must be restored and read back equal.
func fuzzBackup(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // The import's own reader, and the custom roadmaps it parses ahead from the end of the file: a parse made ahead
    // changes nothing the check takes or refuses.
    let early = data.withUnsafeBytes { ProgressBackup.parseRoadmapsNearEnd($0, isStored: { _ in false }) }
    func streamed(_ parsed: [ProgressBackup.ParsedRoadmap]) -> [String: RoadmapDocument]? {
        data.withUnsafeBytes { bytes in
            ProgressBackup.streamPlainly(
                bytes, knownSchemas: ProgressStore.knownSchemaVersions, parsedEarly: { parsed },
                command: { _, _ in true }, event: { _, _ in true })?.roadmaps
        }
    }
    precondition(streamed(early) == streamed([]), "a roadmap parsed ahead is read as the check reads it")
    guard let (backup, documents) = try? ProgressBackup.decode(data, knownSchemas: ProgressStore.knownSchemaVersions) else { return 0 }
    ReadBack.backup(backup, documents: documents)
    return 0
}
