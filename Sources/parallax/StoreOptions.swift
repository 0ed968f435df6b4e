import ArgumentParser
import Foundation
import ParallaxStore

/// `--store FILE`: where `ingest`, `stories` and `brief --story` keep their articles (SQLite), checked in one place.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The SQLite store file.", valueName: "FILE"))
    var path: String = "parallax.sqlite"

    func validate() throws {
        if path.contains("://") {
            throw ValidationError("--store takes a SQLite file; \(path) is not one (PostgreSQL is not supported yet)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("--store \(path) is a folder; give a file name such as \(path)/parallax.sqlite")
        }
    }

    /// Opens the store, creating it when it does not exist yet (for `ingest`).
    func open() throws -> ArticleStore {
        try ArticleStore(path: path)
    }

    /// Opens a store that must exist already (for reading commands): a typo must not create an empty store.
    func openExisting() throws -> ArticleStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(file: path, reason: "no store here; run `parallax ingest --store \(path) PATH...` first")
        }
        return try ArticleStore(path: path)
    }
}
