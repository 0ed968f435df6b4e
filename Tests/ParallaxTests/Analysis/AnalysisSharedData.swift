import Foundation

/// `SharedData`, with a fallback for checkouts that do not sit beside `shared` (such as git worktrees):
/// the `PARALLAX_SHARED` environment variable names the folder.
enum AnalysisSharedData {
    static func has(_ path: String) -> Bool {
        if SharedData.has(path) { return true }
        guard let root = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] else { return false }
        return FileManager.default.fileExists(atPath: URL(fileURLWithPath: root).appendingPathComponent(path).path)
    }

    static func url(_ path: String) -> URL {
        if SharedData.has(path) { return SharedData.url(path) }
        let root = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] ?? ""
        return URL(fileURLWithPath: root).appendingPathComponent(path)
    }
}
