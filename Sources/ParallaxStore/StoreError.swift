/// Why the store could not be read or written: the database file and the reason.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// The database file (or ":memory:").
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
