import Foundation

/// Where the MultiLing benchmark is: `../shared` beside the checkout, or `$PARALLAX_SHARED` (for worktrees that sit deeper).
enum RougeBench {
    static let multiLing = "bench/summarization/multiling2011-en"

    static var root: URL? {
        if SharedData.has(multiLing) { return SharedData.url(multiLing) }
        if let shared = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] {
            let url = URL(fileURLWithPath: shared).appendingPathComponent(multiLing)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    static var isAvailable: Bool { root != nil }
}
