import Foundation

/// A progress line with rate and time left, drawn on standard error when it is a terminal and silent otherwise.
final class ProgressBar {
    private let label: String
    private let total: Int
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var done = 0

    init(_ label: String, total: Int, enabled: Bool = Terminal.errorIsTerminal) {
        self.label = label
        self.total = max(total, 1)
        self.enabled = enabled
    }

    /// Counts finished items; redraws at most ten times a second.
    func advance(by count: Int = 1) {
        done += count
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDrawn) >= 0.1 || done >= total {
            lastDrawn = now
            draw(now: now)
        }
    }

    /// Clears the line so the next output starts clean.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func draw(now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = min(width, width * done / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\u{1B}[2K\(label) \(bar) \(done)/\(total)  \(Int(rate.rounded()))/s  ETA \(Self.clock(left))"
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
