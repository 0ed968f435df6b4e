import Foundation

/// Paths the end-to-end tests read: the package's Samples/, the golden files, and `../shared` beside the checkout.
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples = packageRoot.appendingPathComponent("Samples").path

    static func golden(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/ParallaxInputTests/Golden").appendingPathComponent(name)
    }

    static func shared(_ path: String) -> URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(path)
    }

    static func hasShared(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: shared(path).path)
    }

    /// Whether the tests were built optimized: benchmark gates read whole benchmarks and run only in release.
    static let isOptimizedBuild: Bool = {
        #if DEBUG
        return false
        #else
        return true
        #endif
    }()

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
