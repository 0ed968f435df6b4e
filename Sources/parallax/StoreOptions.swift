import ArgumentParser
import Foundation
import ParallaxPostgres
import ParallaxStore

/// `--store FILE|URL`: where `ingest`, `stories`, `brief --story` and `serve --store` keep their articles — a
/// SQLite file, or a PostgreSQL database that several workers share — checked in one place. `PARALLAX_STORE`
/// gives the default.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("store"),
        help: ArgumentHelp(
            "The store: a SQLite file, or postgres://USER@HOST:PORT/DATABASE (default: $PARALLAX_STORE, else parallax.sqlite).",
            valueName: "FILE|URL"))
    var given: String?

    /// The store named by `--store`, else by `PARALLAX_STORE`, else `parallax.sqlite`.
    var path: String {
        given ?? ProcessInfo.processInfo.environment["PARALLAX_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? "parallax.sqlite"
    }

    /// The store for messages: a PostgreSQL URL without its password.
    var name: String {
        guard isPostgres, var url = URLComponents(string: path), url.password != nil else { return path }
        url.password = nil
        return url.string ?? path
    }

    private var isPostgres: Bool { Self.isPostgres(path) }

    private static func isPostgres(_ path: String) -> Bool { path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") }

    func validate() throws {
        if path.contains("://") && !isPostgres {
            throw ValidationError("--store takes a SQLite file or a postgres:// URL; \(path) is neither")
        }
        var isDirectory: ObjCBool = false
        if !isPostgres, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--store \(path) is a folder; give a file name such as \(path)/parallax.sqlite")
        }
    }

    /// Opens the store, creating it (or its schema) when it does not exist yet (for `ingest` and `serve`).
    func open() throws -> any ArticleStore {
        try Self.open(path)
    }

    /// Opens the store at a path or URL, creating it when it does not exist yet.
    static func open(_ path: String) throws -> any ArticleStore {
        isPostgres(path) ? try PostgresArticleStore(url: path) : try SQLiteArticleStore(path: path)
    }

    /// Opens a store that must exist already (for reading commands): a typo must not create an empty store.
    func openExisting() throws -> any ArticleStore {
        if isPostgres { return try PostgresArticleStore(url: path, create: false) }
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(file: path, reason: "no store here; run `parallax ingest --store \(path) PATH...` first")
        }
        return try SQLiteArticleStore(path: path)
    }
}
