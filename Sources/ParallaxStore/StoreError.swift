/// Why the store could not be read or written: the database file and the reason.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// The database file (or ":memory:").
    public let file: String
    public let reason: String
    /// Whether another process stored articles the writer had not seen (writing again after catching up works).
    public let isConcurrentWrite: Bool

    public init(file: String, reason: String, isConcurrentWrite: Bool = false) {
        self.file = file
        self.reason = reason
        self.isConcurrentWrite = isConcurrentWrite
    }

    public var description: String { "\(file): \(reason)" }
}
