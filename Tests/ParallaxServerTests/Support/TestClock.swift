import Foundation
import Synchronization

/// A clock that moves one minute per reading, so every add gets a distinct, known time.
final class TestClock: Sendable {
    private let ticks = Mutex(0)
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    func now() -> Date {
        let tick = ticks.withLock { value -> Int in
            value += 1
            return value
        }
        return TestClock.start.addingTimeInterval(Double(tick) * 60)
    }
}
