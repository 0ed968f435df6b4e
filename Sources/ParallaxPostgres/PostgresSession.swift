import Foundation
import Logging
import NIOCore
import ParallaxStore
import PostgresNIO

/// One PostgreSQL connection used synchronously, as the store's callers are: each query waits on the caller's
/// thread for its rows (the connection runs on postgres-nio's own event loop, never the caller's). One caller at
/// a time holds it, for a query or a whole transaction.
final class PostgresSession: Sendable {
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let logger: Logger
    /// The store's URL without its password, for messages.
    let location: String

    init(_ address: PostgresAddress, logger: Logger) throws {
        self.logger = logger
        location = address.description
        do {
            connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.next(), configuration: address.configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw StoreError(file: address.description, reason: "cannot connect: \(Self.reason(error))")
        }
    }

    deinit {
        try? connection.close().wait()
    }

    /// Runs `body` while holding the connection, so no other caller's query comes between its queries.
    func exclusively<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` in one transaction (`begin` is the statement that opens it); rolled back when it throws.
    func transaction<T>(_ begin: PostgresQuery = "BEGIN", _ body: () throws -> T) throws -> T {
        try exclusively {
            try run(begin)
            do {
                let value = try body()
                try run("COMMIT")
                return value
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    /// Runs one statement and returns its rows; errors carry the server's message.
    @discardableResult
    func run(_ query: PostgresQuery) throws -> [PostgresRow] {
        do {
            return try connection.query(query, logger: logger).wait().rows
        } catch {
            throw PostgresFailure(reason: Self.reason(error))
        }
    }

    /// The server's message when there is one; else the client's error code.
    static func reason(_ error: Error) -> String {
        if let error = error as? PostgresFailure { return error.reason }
        guard let error = error as? PSQLError else { return "\(error)" }
        if let message = error.serverInfo?[.message] {
            let code = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return message + code
        }
        if let underlying = error.underlying { return "\(error.code): \(underlying)" }
        return "\(error.code)"
    }
}
