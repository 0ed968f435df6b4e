import Foundation

/// A fresh database on the PostgreSQL server that `PARALLAX_TEST_POSTGRES` names (a URL whose user may create
/// databases, such as postgres://postgres@127.0.0.1:55432/postgres; `.ci/run` starts one), made with `psql`.
struct TestPostgres {
    /// The server's URL, or nil when the tests that need one are to be skipped.
    static var server: String? {
        ProcessInfo.processInfo.environment["PARALLAX_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Why the PostgreSQL tests did not run, for the skip message.
    static let skipReason = "PARALLAX_TEST_POSTGRES is not set: no PostgreSQL server to test against (.ci/run starts one)"

    let name: String
    let url: String
    private let server: String

    /// Creates an empty database with a unique name.
    init(server: String) throws {
        self.server = server
        name = "parallax_test_\(UUID().uuidString.prefix(8).lowercased())"
        guard let slash = server.range(of: "/", options: .backwards), server[..<slash.lowerBound].contains("@") else {
            throw TestPostgresError(reason: "PARALLAX_TEST_POSTGRES is not postgres://USER@HOST:PORT/DATABASE: \(server)")
        }
        url = server[..<slash.upperBound] + name
        try Self.psql(server, "CREATE DATABASE \(name)")
    }

    /// Drops the database (and any connection a killed worker left).
    func drop() {
        _ = try? Self.psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// Runs one SQL command on the database at `url` and returns what psql printed (unaligned, tuples only).
    @discardableResult
    static func psql(_ url: String, _ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", command]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestPostgresError(reason: "psql \(command): \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
