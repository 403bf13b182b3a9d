// swift-tools-version:6.0
// libFuzzer targets for every door a file or an argument comes in by. A package of its own, so the main build and
// `swift test` do not change; `Fuzz/run [SECONDS]` builds it (in ../.build-fuzz) and runs each target.
import PackageDescription

let package = Package(
    name: "RoadmapFuzz",
    dependencies: [.package(name: "roadmap", path: "..")],
    targets: [
        // What a reader accepted, written to a fresh in-memory store and read back: shared by the reader targets.
        // libFuzzer's driver, declared for Swift: each target's main.swift hands it the test.
        .target(name: "FuzzDriver"),
        .target(name: "FuzzReadBack", dependencies: [.product(name: "RoadmapLibraries", package: "roadmap")]),
        .executableTarget(name: "FuzzBackup", dependencies: ["FuzzDriver", "FuzzReadBack"]),
        .executableTarget(name: "FuzzSyncLine", dependencies: ["FuzzDriver", "FuzzReadBack"]),
        .executableTarget(name: "FuzzRoadmapYAML", dependencies: ["FuzzDriver", "FuzzReadBack"]),
        .executableTarget(name: "FuzzCommandLine", dependencies: ["FuzzDriver", .product(name: "RoadmapLibraries", package: "roadmap")]),
    ]
)
