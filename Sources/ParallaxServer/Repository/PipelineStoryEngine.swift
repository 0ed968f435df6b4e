import Parallax

/// The real engine: Parallax's whole pipeline (extract, analyze, cluster, align, brief) over every document.
public struct PipelineStoryEngine: StoryEngine {
    public let pipeline: Pipeline

    public init(configuration: PipelineConfiguration = .default) {
        pipeline = Pipeline(configuration: configuration)
    }

    public func run(_ documents: [RawDocument]) -> StoryEngineResult {
        let result = pipeline.run(documents)
        let articles = result.stories.flatMap { $0.story.articles.map(\.article) }
        return StoryEngineResult(articles: articles, briefs: result.briefs, diagnostics: result.diagnostics)
    }
}
