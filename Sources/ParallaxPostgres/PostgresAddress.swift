import Foundation
import PostgresNIO

/// Where a PostgreSQL store is, read from `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`: the connection
/// settings, and a description without the password for messages. `?host=/run/postgresql` connects through the
/// server's Unix socket in that folder instead of TCP.
struct PostgresAddress: CustomStringConvertible, Sendable {
    let configuration: PostgresConnection.Configuration
    let description: String

    /// Whether `text` names a PostgreSQL store rather than a SQLite file.
    static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads the URL; throws the reason when it is not a PostgreSQL address this store can use.
    init(_ text: String) throws(AddressError) {
        guard Self.isPostgres(text), let url = URLComponents(string: text) else {
            throw AddressError(reason: "not a postgres://USER@HOST:PORT/DATABASE URL")
        }
        guard let user = url.user, !user.isEmpty else {
            throw AddressError(reason: "the URL names no user (postgres://USER@HOST:PORT/DATABASE)")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw AddressError(reason: "the URL names no database (postgres://USER@HOST:PORT/DATABASE)")
        }
        let port = url.port ?? 5432
        let socketFolder = url.queryItems?.first { $0.name == "host" }?.value
        if let unsupported = url.queryItems?.first(where: { $0.name != "host" }) {
            throw AddressError(reason: "the URL option \(unsupported.name) is not supported (only host=SOCKET_FOLDER)")
        }
        var safe = url
        safe.password = nil
        description = safe.string ?? "postgres://\(user)@…/\(database)"
        if let socketFolder, socketFolder.hasPrefix("/") {
            configuration = .init(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: url.password, database: database)
        } else {
            guard let host = url.host, !host.isEmpty else {
                throw AddressError(reason: "the URL names no host (postgres://USER@HOST:PORT/DATABASE)")
            }
            configuration = .init(host: host, port: port, username: user, password: url.password, database: database, tls: .disable)
        }
    }

    /// Why a store URL was refused.
    struct AddressError: Error {
        let reason: String
    }
}
