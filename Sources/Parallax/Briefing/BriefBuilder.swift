/// Builds the reader's brief from an aligned story: headline, cited summary, and the alignment's findings.
package struct BriefBuilder: Sendable {
    /// How long the summary is and how it is chosen.
    package struct Configuration: Sendable {
        package var budget: SummaryBudget
        package var summarizer: Summarizer.Configuration

        /// Five sentences, the summarizer's defaults.
        package static let `default` = Configuration(budget: .sentences(5), summarizer: .default)

        package init(budget: SummaryBudget, summarizer: Summarizer.Configuration) {
            self.budget = budget
            self.summarizer = summarizer
        }
    }

    package let configuration: Configuration

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    package func brief(_ aligned: AlignedStory) -> Brief {
        let story = aligned.story
        let summary = Summarizer(configuration: configuration.summarizer)
            .summarize(story, facts: aligned.corroborated + aligned.unique, budget: configuration.budget)
        return Brief(
            story: story.id,
            headline: HeadlineChooser().headline(for: story.articles),
            summary: summary,
            agreement: aligned.corroborated,
            uniqueFacts: aligned.unique,
            conflicts: aligned.conflicts,
            quotes: aligned.quotes,
            entities: aligned.entities,
            timeline: aligned.timeline,
            developments: DevelopmentBuilder().developments(of: story),
            copies: story.copies,
            sources: sources(of: story)
        )
    }

    private func sources(of story: Story) -> [BriefSource] {
        let originals = Dictionary(story.copies.map { ($0.copy, $0.original) }, uniquingKeysWith: min)
        return story.articles.map { analyzed in
            let article = analyzed.article
            return BriefSource(
                article: article.id,
                origin: article.origin,
                title: article.metadata.title,
                publisher: article.metadata.publisher,
                url: article.metadata.url,
                published: article.metadata.published,
                wires: article.wires.map(\.agency),
                copyOf: originals[article.id]
            )
        }
    }
}
