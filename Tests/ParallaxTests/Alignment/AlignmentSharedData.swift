import Foundation

/// `SharedData`, or the folder named by PARALLAX_SHARED when the checkout has no `../shared` beside it.
enum AlignmentSharedData {
    static func has(_ path: String) -> Bool {
        if SharedData.has(path) { return true }
        guard let root = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] else { return false }
        return FileManager.default.fileExists(atPath: URL(fileURLWithPath: root).appendingPathComponent(path).path)
    }

    static func url(_ path: String) -> URL {
        if SharedData.has(path) { return SharedData.url(path) }
        return URL(fileURLWithPath: ProcessInfo.processInfo.environment["PARALLAX_SHARED"] ?? "").appendingPathComponent(path)
    }
}
