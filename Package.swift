// swift-tools-version:6.1
import PackageDescription

// A release refers to concrete generic types' metadata through accessors, not mangled names: the runtime resolves a
// mangled name's protocol requirements by scanning all 7,500 conformance records of the binary, once per new pair
// (Benchmarks/README.md, issue 28).
let metadataByAccessor: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
    name: "roadmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "roadmap", targets: ["roadmap"]),
        // The page server is its own executable: linking Hummingbird into `roadmap` slows every command's start-up.
        .executable(name: "roadmap-serve", targets: ["roadmap-serve"]),
        // For the fuzz targets in Fuzz/, a package of its own that depends on this one by path.
        .library(name: "RoadmapLibraries", targets: ["RoadmapFormat", "RoadmapCore", "RoadmapStore", "RoadmapApp", "RoadmapCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // Without its ConfigurationSupport trait (swift-configuration), which the server does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: ["FullFoundation"]),
        // Hummingbird's own logging, only to keep the server quiet.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
    ],
    targets: [
        // The roadmap file format: model, YAML parser, and the Swift source the build embeds roadmaps as.
        .target(name: "RoadmapFormat", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: metadataByAccessor),
        // Turns Roadmaps/*.yaml and Migrations/*.sql into Swift source, so the binary needs no files beside it
        // and never parses the built-in roadmaps at run time.
        .executableTarget(name: "EmbedFiles", dependencies: ["RoadmapFormat"], path: "Sources/EmbedFiles"),
        .plugin(name: "EmbedFilesPlugin", capability: .buildTool(), dependencies: ["EmbedFiles"]),
        // The HTML page is a Mustache template (Templates/), escaped by default, embedded like the roadmaps.
        .target(
            name: "RoadmapCore",
            dependencies: ["RoadmapFormat", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: metadataByAccessor,
            plugins: ["EmbedFilesPlugin"]
        ),
        .target(
            name: "RoadmapStore",
            // GRDBSQLite: SQLite's C API, for the one place that binds values by hand (RowBatch).
            dependencies: ["RoadmapCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: metadataByAccessor,
            plugins: ["EmbedFilesPlugin"]
        ),
        // The use cases any front calls: sync over a GitRemote, and the one process runner.
        .target(name: "RoadmapApp", dependencies: ["RoadmapCore", "RoadmapStore"], swiftSettings: metadataByAccessor),
        // The commands are a library, so tests and the fuzz targets reach them; the executable only starts them.
        .target(
            name: "RoadmapCLI",
            dependencies: [
                "RoadmapCore", "RoadmapStore", "RoadmapApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataByAccessor
        ),
        // A release is linked at a fixed address: a position-independent `roadmap` relocated 91,000 pointers and copied
        // 300 pages at every start, 2 ms of a 4 ms `--version` (Benchmarks/README.md). Debug builds stay as they were (their
        // references to the shared Swift runtime made the loader warn), and so does the page's server.
        .executableTarget(
            name: "roadmap", dependencies: ["RoadmapCLI"],
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        // `roadmap serve`: the page's routes and their guard over HTTP on the loopback address, calling RoadmapApp.
        .target(
            name: "RoadmapServer",
            dependencies: [
                "RoadmapApp", "RoadmapCore", "RoadmapStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "roadmap-serve", dependencies: ["RoadmapServer"]),
        // The page's tests drive the built `roadmap-serve` over loopback HTTP and in Chromium, as a person's browser does.
        .testTarget(name: "RoadmapServerTests", dependencies: ["RoadmapServer"], exclude: ["Browser"]),  // Python run by the tests
        .testTarget(
            name: "RoadmapCoreTests",
            dependencies: ["RoadmapCore", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Backup/GoldenBackup.json", "Backup/GoldenBackup-v2.json"]  // read through #filePath
        ),
        .testTarget(
            name: "RoadmapFormatTests",
            dependencies: ["RoadmapFormat", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "RoadmapStoreTests",
            dependencies: ["RoadmapStore", "RoadmapCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RoadmapAppTests",
            dependencies: [
                "RoadmapApp", "RoadmapStore", "RoadmapCore", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "RoadmapCLITests",
            dependencies: ["RoadmapCLI", "RoadmapApp", "RoadmapCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]  // read through #filePath: database files made by earlier schemas
        ),
    ]
)
