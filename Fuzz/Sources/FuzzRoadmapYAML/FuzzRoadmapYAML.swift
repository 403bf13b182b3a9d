import FuzzReadBack
import Foundation
import RoadmapCore

/// A roadmap file as `lint` and `add` read it (Yams included): no crash or hang whatever the bytes, and a
/// document that parses without an error is stored and read back equal.
func fuzzRoadmapYAML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard let source = String(data: data, encoding: .utf8) else { return 0 }
    _ = RoadmapLint.check([(path: "fuzz.yaml", text: .success(source))])
    let parsed = RoadmapParser.parse(source, file: "fuzz.yaml")
    guard let document = parsed.document, !parsed.findings.contains(where: { $0.severity == .error }) else { return 0 }
    ReadBack.roadmap(document, source: source)
    return 0
}
