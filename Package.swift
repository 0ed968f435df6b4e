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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Generic sketches (shingles, MinHash, LSH, SimHash); knows nothing about news.
        .target(name: "Sketch"),
        // The pure pipeline: Foundation only, no I/O, no clock, no randomness.
        .target(name: "Parallax", dependencies: ["Sketch"]),
        // Reads files and folders (text, HTML, JSON Lines, feeds) into raw documents: the pipeline's input edge.
        .target(name: "ParallaxInput", dependencies: ["Parallax"]),
        // The command line tool: the terminal edge.
        .executableTarget(
            name: "parallax",
            dependencies: [
                "Parallax",
                "ParallaxInput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode timing of the brief of one large story, stage by stage.
        .executableTarget(name: "brief-benchmark", dependencies: ["Parallax", "ParallaxInput"], path: "Benchmarks/BriefBenchmark"),
        .testTarget(name: "SketchTests", dependencies: ["Sketch"]),
        .testTarget(name: "ParallaxTests", dependencies: ["Parallax"], exclude: ["Fixtures"]),
        .testTarget(name: "ParallaxInputTests", dependencies: ["Parallax", "ParallaxInput"], exclude: ["Golden"]),
    ]
)
