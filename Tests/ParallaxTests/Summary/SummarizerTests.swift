import Parallax
import ParallaxEvaluation
import Testing

@Suite("Summarizer")
struct SummarizerTests {
    /// Three outlets on one invented bridge collapse, each saying the main event in its own words, plus a fourth
    /// whose statement of it shares almost no words (only an aligned `Fact` can tie it in).
    private static let texts: [(String, CalendarDate, String)] = [
        ("a", CalendarDate(year: 2024, month: 4, day: 8), """
            Bridge collapse in Riverton

            Officials said the bridge over the river collapsed on Monday after heavy rain. \
            Rescue teams pulled twelve people from the water near the town of Riverton.

            Is this the worst disaster the town of Riverton has seen in years?
            """),
        ("b", CalendarDate(year: 2024, month: 4, day: 8), """
            The bridge over the river collapsed on Monday after heavy rain, officials said. \
            The mayor of Riverton declared a state of emergency for the whole region after the rain. \
            Engineers had warned about cracks in the old bridge near Riverton two years ago.
            """),
        ("c", CalendarDate(year: 2024, month: 4, day: 9), """
            Heavy rain made the bridge over the river collapse on Monday, officials said. \
            Twelve people were pulled from the water by rescue teams near Riverton. \
            The regional government promised money to rebuild the bridge in Riverton quickly. \
            It was the worst flood the river near Riverton had seen, officials said on Monday.
            """),
        ("d", CalendarDate(year: 2024, month: 4, day: 9), """
            The crossing fell into the stream at the start of the week, authorities confirmed to reporters.
            """),
    ]

    private let evaluation = SummaryEvaluation()

    private var story: Story {
        evaluation.story(named: "bridge", of: Self.texts.map { id, date, text in
            Article(id: ArticleID(id), origin: id, text: text, metadata: ArticleMetadata(published: date))
        })
    }

    private func sentence(_ prefix: String, in story: Story) throws -> (span: TextSpan, text: String) {
        for analyzed in story.articles {
            for sentence in analyzed.sentences {
                let text = analyzed.article.text(of: sentence.span)
                if text.hasPrefix(prefix) { return (sentence.span, text) }
            }
        }
        throw SentenceNotFound(prefix: prefix)
    }

    private struct SentenceNotFound: Error { let prefix: String }

    private static func words(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }

    @Test func respectsAWordBudget() {
        let summary = Summarizer().summarize(story, facts: [], budget: .words(30))
        #expect(!summary.isEmpty)
        #expect(summary.reduce(0) { $0 + Self.words($1.text) } <= 30)
    }

    @Test func respectsASentenceBudget() {
        let summary = Summarizer().summarize(story, facts: [], budget: .sentences(2))
        #expect(summary.count == 2)
    }

    @Test func saysTheMainEventOnceAndSkipsQuestionsAndHeadlines() {
        let summary = Summarizer().summarize(story, facts: [], budget: .words(200))
        #expect(summary.filter { $0.text.contains("collapse") }.count == 1)
        #expect(summary.filter { $0.text.contains("pulled") }.count <= 1)
        #expect(!summary.contains { $0.text.hasSuffix("?") || $0.text.hasPrefix("Bridge collapse") })
        // "It was the worst flood…" leans on the sentence before it.
        #expect(!summary.contains { $0.text.hasPrefix("It ") })
    }

    @Test func citesItsOwnSpanThenEverySourceThatSaysTheSame() throws {
        let story = story
        let own = try sentence("Officials said the bridge", in: story)
        let other = try sentence("The crossing fell", in: story)
        let fact = Fact(statements: [Statement(span: own.span, text: own.text), Statement(span: other.span, text: other.text)], sourceCount: 2)
        let summary = Summarizer().summarize(story, facts: [fact], budget: .words(60))
        let main = try #require(summary.first { $0.text.contains("collapse") })
        #expect(story.articles.contains { analyzed in analyzed.article.text(of: main.citations[0]) == main.text })
        #expect(Set(main.citations.map(\.article)) == Set(["a", "b", "c", "d"].map(ArticleID.init)))
        #expect(main.citations.contains(other.span))
    }

    @Test func readsInArticleThenSentenceOrder() {
        let summary = Summarizer().summarize(story, facts: [], budget: .words(200))
        let firsts = summary.map { $0.citations[0] }
        #expect(firsts == firsts.sorted())
        #expect(summary.count >= 2)
    }

    @Test func neverPicksTwoSentencesAboveTheSimilarityLimit() {
        var configuration = Summarizer.Configuration.default
        configuration.minConceptArticles = 1
        let summary = Summarizer(configuration: configuration).summarize(story, facts: [], budget: .words(500))
        let collapse = summary.filter { $0.text.contains("collapse") }
        #expect(collapse.count == 1)
    }

    @Test func summarizesSourcesThatShareNothing() {
        let story = evaluation.story(named: "apart", of: [
            Article(id: ArticleID("x"), origin: "x", text: "Farmers in the valley harvested a record wheat crop this autumn.", metadata: ArticleMetadata()),
            Article(id: ArticleID("y"), origin: "y", text: "A new museum of modern sculpture opened downtown with free entry.", metadata: ArticleMetadata()),
        ])
        let summary = Summarizer().summarize(story, facts: [], budget: .sentences(1))
        #expect(summary.count == 1)
        #expect(summary.first?.citations.count == 1)
    }
}
