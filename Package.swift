// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Sketch", targets: ["Sketch"]),
        .library(name: "Parallax", targets: ["Parallax"]),
        .library(name: "ParallaxInput", targets: ["ParallaxInput"]),
        .executable(name: "parallax", targets: ["parallax"]),
        .executable(name: "stream-benchmark", targets: ["stream-benchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // `swift package generate-documentation`: the DocC catalogs of Sketch and Parallax.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Generic sketches (shingles, MinHash, LSH, SimHash); knows nothing about news.
        .target(name: "Sketch"),
        // The pure pipeline: Foundation only, no I/O, no clock, no randomness.
        .target(name: "Parallax", dependencies: ["Sketch"]),
        // Reads files and folders (text, HTML, JSON Lines, feeds, web archives) into raw documents: the pipeline's
        // input edge. Gzip members of `.warc.gz` files are inflated by zlib through compress-nio.
        .target(
            name: "ParallaxInput",
            dependencies: [
                "Parallax",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Scoring against the benchmarks and gold analyses (BCubed, ROUGE, the gold evaluator, a DEFLATE reader for the
        // extraction set): what `parallax eval` runs, kept out of the library an app embeds.
        .target(name: "ParallaxEvaluation", dependencies: ["Parallax"]),
        // The persistent, incremental article store: SQLite through GRDB, kept out of the core.
        .target(
            name: "ParallaxStore",
            dependencies: ["Parallax", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The shared store on PostgreSQL (postgres-nio), behind the same `ArticleStore` interface as SQLite.
        .target(
            name: "ParallaxPostgres",
            dependencies: [
                "Parallax", "ParallaxStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The HTTP API and the web page (Hummingbird); reads and writes through a StoryRepository.
        .target(
            name: "ParallaxServer",
            dependencies: [
                "Parallax",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The server's repository over the store (SQLite or PostgreSQL): what `parallax serve` runs.
        .target(name: "ParallaxServerStore", dependencies: ["Parallax", "ParallaxStore", "ParallaxServer"]),
        // The command line tool: the terminal edge.
        .executableTarget(
            name: "parallax",
            dependencies: [
                "Sketch",
                "Parallax",
                "ParallaxInput",
                "ParallaxEvaluation",
                "ParallaxStore",
                "ParallaxPostgres",
                "ParallaxServer",
                "ParallaxServerStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode timing of the brief of one large story, stage by stage.
        .executableTarget(name: "brief-benchmark", dependencies: ["Parallax", "ParallaxInput"], path: "Benchmarks/BriefBenchmark"),
        // A deterministic stream of articles with planted copies of known Jaccard, made from real bench texts.
        .target(name: "StreamGenerator", dependencies: ["Sketch"], path: "Benchmarks/StreamGenerator"),
        // Copies at scale: generates a stream and times MinHash + LSH over it (Benchmarks/Stream/run.sh adds the peers).
        .executableTarget(
            name: "stream-benchmark",
            dependencies: ["StreamGenerator", "Sketch", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/StreamBenchmark"
        ),
        // Release-mode timing and memory of the online story index at 10k, 100k and 1M articles held.
        .executableTarget(name: "index-benchmark", dependencies: ["Parallax", "StreamGenerator"], path: "Benchmarks/IndexBenchmark"),
        .testTarget(name: "SketchTests", dependencies: ["Sketch"]),
        .testTarget(name: "StreamGeneratorTests", dependencies: ["StreamGenerator", "Sketch"]),
        .testTarget(name: "ParallaxTests", dependencies: ["Parallax", "ParallaxEvaluation"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ParallaxInputTests",
            dependencies: [
                "Parallax", "ParallaxInput", "ParallaxEvaluation",
                .product(name: "CompressNIO", package: "compress-nio"), .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
        // The kill -9 tests run the `parallax` binary that `swift test` builds next to the test bundle; the PostgreSQL
        // ones need a server (`PARALLAX_TEST_POSTGRES`, started by .ci/run) and skip without one.
        .testTarget(
            name: "ParallaxStoreTests",
            dependencies: [
                "ParallaxStore", "ParallaxPostgres", "Parallax", "ParallaxInput", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "ParallaxServerTests",
            dependencies: [
                "ParallaxServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The routes over a store-backed repository, driven without sockets.
        .testTarget(
            name: "ParallaxServerStoreTests",
            dependencies: [
                "ParallaxServerStore", "ParallaxServer", "ParallaxStore", "Parallax",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
