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
}
