/// Every stage's configuration in one value, built in one place by the command line or the server.
public struct PipelineConfiguration: Sendable {
    package var extraction: ArticleExtractor.Configuration
    package var analysis: ArticleAnalyzer.Configuration
    package var clustering: StoryClusterer.Configuration
    package var grouping: StoryGrouping
    package var alignment: StoryAligner.Configuration
    package var briefing: BriefBuilder.Configuration
    /// All articles are one story (the user knows they are): clustering is skipped, copies are still found.
    public var oneStory = false

    /// The configuration every figure in BENCHMARKS.md was measured with.
    public static let `default` = PipelineConfiguration(
        extraction: .default, analysis: .default, clustering: .default, grouping: .default,
        alignment: .default, briefing: .default
    )
}
