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
        let story = AlignmentFixture.story([quote])
        let summary = [SummarySentence(text: "“We will rebuild,” the mayor said.", citations: []),
                       SummarySentence(text: "The bridge over the Elbe reopened on Friday after repairs.", citations: [])]
        #expect(HeadlineChooser().headline(for: story, summary: summary) == "The bridge over the Elbe reopened on Friday after repairs")
    }
}
