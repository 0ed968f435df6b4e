import Parallax
@testable import ParallaxServer

/// Turns every document the repository holds into articles and briefs: the pure pipeline, behind a protocol so
/// repositories can be tested with a small stand-in.
protocol StoryEngine: Sendable {
    func run(_ documents: [RawDocument]) -> StoryEngineResult
}

/// What one engine run produced: the extracted articles, one brief per story, and the input problems met.
struct StoryEngineResult: Sendable {
    let articles: [Article]
    let briefs: [Brief]
    let diagnostics: [Diagnostic]

    init(articles: [Article], briefs: [Brief], diagnostics: [Diagnostic]) {
        self.articles = articles
        self.briefs = briefs
        self.diagnostics = diagnostics
    }
}
