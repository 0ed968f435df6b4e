import Parallax

/// Reads the paths given on the command line into raw documents, reporting every unreadable input.
public struct ArticleSource {
    public let paths: [String]

    public init(paths: [String]) { self.paths = paths }

    /// The documents, and whether any input had to be skipped (the command then exits with 1).
    public func documents() -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        let collected = InputCollector().collect(paths)
        let loaded = DocumentLoader().load(collected.files)
        return (loaded.documents, collected.diagnostics + loaded.diagnostics)
    }
}
