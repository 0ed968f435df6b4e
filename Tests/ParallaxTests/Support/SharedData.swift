import Foundation

/// Locates the project's own fixtures and the `../shared` folder (corpus, gold, bench) beside the checkout.
enum SharedData {
    /// The package root: three levels above this file (Tests/ParallaxTests/Support).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout (or the folder `PARALLAX_SHARED` names, for checkouts elsewhere),
    /// or nil when it is absent: tests that need it are then skipped.
    static let root: URL? = {
        let environment = ProcessInfo.processInfo.environment["PARALLAX_SHARED"].map { URL(fileURLWithPath: $0) }
        let shared = environment ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()

    /// Whether `../shared/<path>` exists; use as `.enabled(if: SharedData.has("bench"), "needs ../shared/bench")`.
    static func has(_ path: String) -> Bool {
        guard let root else { return false }
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// `../shared/<path>`; only call after checking `has(path)`.
    static func url(_ path: String) -> URL {
        (root ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")).appendingPathComponent(path)
    }

    /// Whether the tests were built optimized. The benchmark gates read whole benchmarks, which takes seconds in
    /// release and minutes in debug, so they run only in `swift test -c release --filter BenchmarkGate` (as CI does).
    static let isOptimizedBuild: Bool = {
        #if DEBUG
        return false
        #else
        return true
        #endif
    }()

    /// A file under `Tests/ParallaxTests/Fixtures/`.
    static func fixture(_ path: String) -> URL {
        packageRoot.appendingPathComponent("Tests/ParallaxTests/Fixtures").appendingPathComponent(path)
    }
}
