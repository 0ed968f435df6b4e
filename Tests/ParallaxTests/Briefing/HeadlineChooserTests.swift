import Testing
@testable import Parallax

/// A headline made from a sentence is its main clause, never a truncated quote.
@Suite("HeadlineChooser")
struct HeadlineChooserTests {
    @Test func theMainClauseOfTheLeadSentence() {
        #expect(HeadlineChooser.mainClause(of: "Rep. Duncan Hunter was indicted on Tuesday, which stunned his colleagues.")
            == "Rep. Duncan Hunter was indicted on Tuesday")
        #expect(HeadlineChooser.mainClause(of: "The bridge over the Elbe reopened after repairs, officials said.")
            == "The bridge over the Elbe reopened after repairs")
    }

    @Test func quotationsAreSkipped() {
        let quote = AlignmentFixture.article("a", "“We will rebuild,” the mayor said.\nThe bridge over the Elbe reopened on Friday after repairs.")
        #expect(HeadlineChooser().headline(for: [quote]) == "The bridge over the Elbe reopened on Friday after repairs")
    }

    /// With no titles, the first article in stream order gives the lead: its first sentence that is no quotation,
    /// cut to the main clause; a stored story's opening text gives the same.
    @Test func withoutTitlesTheFirstArticleLeads() {
        let later = HeadlineSource(
            article: ArticleID("a"), title: nil, published: CalendarDate(year: 2024, month: 5, day: 2),
            opening: "Crews cleared the last of the debris on Thursday, officials said.")
        let first = HeadlineSource(
            article: ArticleID("b"), title: "", published: CalendarDate(year: 2024, month: 5, day: 1),
            opening: "“It was terrifying,” a resident said. A storm flattened three barns near Quarnby on Wednesday. More rain is due.")
        let chosen = HeadlineChooser().representative(of: [later, first])
        #expect(chosen.text == "A storm flattened three barns near Quarnby on Wednesday")
        #expect(chosen.article == ArticleID("b"))
    }
}
