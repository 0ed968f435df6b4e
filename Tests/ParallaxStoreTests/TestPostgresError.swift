/// A failure to prepare the test database.
struct TestPostgresError: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
