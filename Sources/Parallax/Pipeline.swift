/// Parallax's whole flow on one screen. Each stage is a pure function from one typed value to the next:
///
///     RawDocument ─extract→ Article ─analyze→ AnalyzedArticle ─cluster→ Story ─align→ AlignedStory ─brief→ Brief
///
/// The stages live in their folders: Extraction, Analysis, Clustering (with Dedup), Alignment, Briefing;
/// Rendering turns briefs into text, Markdown, JSON or HTML. The target ParallaxEvaluation scores the stages.
public struct Pipeline: Sendable {
    public let configuration: PipelineConfiguration
    /// Built once: their word lists and matchers are made from the configuration, and `prepare` runs per document.
    private let extractor: ArticleExtractor
    private let analyzer: ArticleAnalyzer

    public init(configuration: PipelineConfiguration = .default) {
        self.configuration = configuration
        extractor = ArticleExtractor(configuration: configuration.extraction)
        analyzer = ArticleAnalyzer(configuration: configuration.analysis)
    }

    /// The one-call entry point: articles in, one brief per story out, largest story first. `run` gives the
    /// problems met as well.
    public func brief(_ articles: [ArticleInput]) -> [Brief] {
        run(articles.enumerated().map { $0.element.document(number: $0.offset + 1) }).briefs
    }

    /// Runs every stage on the documents; unreadable documents are dropped and reported in the diagnostics.
    public func run(_ documents: [RawDocument]) -> PipelineResult {
        let analyzed = analyze(documents)
        let clusterer = StoryClusterer(configuration: configuration.clustering, grouping: configuration.grouping)
        let clustering = configuration.oneStory ? clusterer.oneStory(analyzed.articles) : clusterer.clustering(analyzed.articles)
        let briefed = clustering.stories.map(brief)
        let briefs = RelatedCoverage(groups: clustering.groups).attach(to: briefed.map(\.brief))
        return PipelineResult(
            stories: briefed.map(\.aligned), briefs: briefs, groups: clustering.groups, diagnostics: analyzed.diagnostics)
    }

    /// The last two stages for one story, wherever it was formed (here, or read from a store): aligned, then
    /// briefed. Related coverage is attached by whoever knows the other stories.
    package func brief(_ story: Story) -> (aligned: AlignedStory, brief: Brief) {
        let aligned = StoryAligner(configuration: configuration.alignment).align(story)
        return (aligned, BriefBuilder(configuration: configuration.briefing).brief(aligned))
    }

    /// The first two stages for one document: extracted, then analyzed when it gave text without an error.
    package func prepare(_ document: RawDocument) -> PreparedArticle {
        let article = extractor.extract(document)
        let usable = !article.diagnostics.contains { $0.severity == .error } && !article.text.isEmpty
        return PreparedArticle(article: article, analyzed: usable ? analyzer.analyze(article) : nil)
    }

    /// Analysis alone, for an article extracted before (one the store renamed to keep its id unique).
    package func analyze(_ article: Article) -> AnalyzedArticle {
        analyzer.analyze(article)
    }

    /// The first two stages: the articles that have text, analyzed, and what went wrong with the others.
    package func analyze(_ documents: [RawDocument]) -> (articles: [AnalyzedArticle], diagnostics: [Diagnostic]) {
        var articles: [AnalyzedArticle] = []
        var diagnostics: [Diagnostic] = []
        // Ids name articles in stories and spans, so each must be unique: a repeated one (the same URL in two
        // crawls, one id in two files) is read under the next free "id~2", "id~3", … with a warning.
        var used = Set<ArticleID>()
        for original in documents {
            var document = original
            var suffix = 2
            while !used.insert(document.id).inserted {
                document = original.renamed(ArticleID("\(original.id.rawValue)~\(suffix)"))
                suffix += 1
            }
            if document.id != original.id {
                diagnostics.append(Diagnostic(
                    .warning, origin: original.origin, line: original.line,
                    message: "id \(original.id.rawValue) is used before; read as \(document.id.rawValue)"))
            }
            let prepared = prepare(document)
            diagnostics += prepared.article.diagnostics
            if let analyzed = prepared.analyzed { articles.append(analyzed) }
        }
        return (articles, diagnostics)
    }
}
