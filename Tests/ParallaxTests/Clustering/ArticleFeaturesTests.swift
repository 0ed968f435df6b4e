import Foundation
import Testing
@testable import Parallax

@Suite struct ArticleFeaturesTests {
    @Test func capitalsOfATitleCaseHeadlineAreNotNames() {
        let article = ArticleFactory.make(
            "a", "Mayor Orders Flood Barriers Along Keltra River\n\nThe mayor of Brisvale ordered new flood barriers along the Keltra river.")
        let features = ArticleFeatures(article)
        #expect(!features.entities.contains("barrier"))
        #expect(!features.entities.contains("order"))
        // A name is still a name where the text writes it in sentence case.
        #expect(features.entities.contains("keltra"))
        #expect(features.entities.contains("brisval"))
    }

    @Test func capitalsOfASentenceCaseHeadlineStayNames() {
        let article = ArticleFactory.make("a", "Mayor Tomas Hild orders flood barriers in Brisvale\n\nThe barriers go up on Monday.")
        let features = ArticleFeatures(article)
        #expect(features.entities.contains("hild"))
        #expect(features.entities.contains("brisval"))
        #expect(!features.entities.contains("barrier"))
    }

    @Test func titleCaseNeedsThreeContentWordsAndTheShare() {
        let tokens = ArticleFactory.make("a", "Flood Barriers Rise").tokens
        #expect(ArticleFeatures.isTitleCase(tokens[...], share: 0.75))
        #expect(!ArticleFeatures.isTitleCase(ArticleFactory.make("b", "Flood Barriers").tokens[...], share: 0.75))
        #expect(!ArticleFeatures.isTitleCase(ArticleFactory.make("c", "Flood barriers rise near Brisvale").tokens[...], share: 0.75))
    }

    @Test func aTitleGivenAsMetadataCountsAsTheLeadAndItsNamesAsNames() {
        let body = ArticleFactory.make("a", "The barriers go up on Monday. Crews worked through the night.")
        let titled = AnalyzedArticle(
            article: Article(
                id: body.id, origin: "a", text: body.article.text,
                metadata: ArticleMetadata(title: "Mayor Tomas Hild orders flood barriers in Brisvale")),
            tokens: body.tokens, sentences: body.sentences, entities: [], quotes: [], numbers: [], dates: [])
        let plain = ArticleFeatures(body), features = ArticleFeatures(titled)
        #expect(plain.terms["hild"] == nil)
        #expect(features.entities.contains("hild") && features.entities.contains("brisval"))
        // Counted with the lead weight (2) and the name weight (3): (1 + ln 2) × 3.
        #expect(abs(features.terms["hild"]! - (1 + log(2.0)) * 3) < 1e-9)
        #expect(features.terms["barrier"]! > plain.terms["barrier"]!)
    }

    @Test func aHeadlineOnlyArticleCountsItsTitleOnce() {
        let headline = ArticleFactory.make("a", "Dam breaks above Quarnby")
        let titled = AnalyzedArticle(
            article: Article(id: headline.id, origin: "a", text: "Dam breaks above Quarnby", metadata: ArticleMetadata(title: "Dam breaks above Quarnby")),
            tokens: headline.tokens, sentences: headline.sentences, entities: [], quotes: [], numbers: [], dates: [])
        #expect(ArticleFeatures(titled).terms == ArticleFeatures(headline).terms)
    }
}
