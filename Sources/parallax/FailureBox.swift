import Synchronization

/// Carries an error out of a task to the thread that waited for it.
final class FailureBox: Sendable {
    private let error = Mutex<(any Error)?>(nil)

    func set(_ value: any Error) { error.withLock { $0 = value } }
    func get() -> (any Error)? { error.withLock { $0 } }
}
