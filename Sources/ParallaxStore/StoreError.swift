/// Why the store could not be read or written: the database file and the reason.
package struct StoreError: Error, CustomStringConvertible, Sendable {
    /// The database file (or ":memory:").
    package let file: String
    package let reason: String

    package init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    package var description: String { "\(file): \(reason)" }

    /// Runs a store's database work, turning any failure but a `StoreError` into one that names the store, what
    /// was being done and the database's reason (`reason` reads it from the error).
    package static func guarding<T>(
        _ location: String, _ what: String, reason: (Error) -> String, _ work: () throws -> T
    ) throws -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(file: location, reason: "\(what): \(reason(error))")
        }
    }
}
