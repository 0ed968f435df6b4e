/// A failed statement, with the server's reason; the store turns it into a `StoreError` naming itself.
struct PostgresFailure: Error {
    let reason: String
}
