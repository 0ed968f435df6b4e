import Parallax

/// Turns every document the repository holds into articles and briefs: the pure pipeline, behind a protocol so
/// repositories can be tested with a small stand-in.
public protocol StoryEngine: Sendable {
    func run(_ documents: [RawDocument]) -> StoryEngineResult
}

/// What one engine run produced: the extracted articles, one brief per story, and the input problems met.
public struct StoryEngineResult: Sendable {
    public let articles: [Article]
    public let briefs: [Brief]
    public let diagnostics: [Diagnostic]

    public init(articles: [Article], briefs: [Brief], diagnostics: [Diagnostic]) {
        self.articles = articles
        self.briefs = briefs
        self.diagnostics = diagnostics
    }
}
