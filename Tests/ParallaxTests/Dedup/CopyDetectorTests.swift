import Testing
@testable import Parallax

@Suite struct CopyDetectorTests {
    static let original = """
        The regional council of Valdoria approved a new plan on Monday to rebuild the old harbour bridge, which \
        was closed last winter after engineers found deep cracks in two of its supporting pillars. Council leader \
        Mara Ostrem told reporters that the work would begin in early spring and should take about eighteen months. \
        The plan sets aside 42 million crowns for the bridge and another 6 million for a temporary ferry service \
        that will carry commuters across the bay while the crossing stays shut. Local shop owners near the harbour \
        welcomed the decision but warned that many small businesses had already lost customers during the closure. \
        Opposition members criticised the cost and asked why the council had waited so long before acting on the \
        first inspection report, which was delivered more than two years ago. The council said it would publish the \
        full engineering study next week and hold a public meeting in the town hall at the end of the month.
        """

    static let rewrite = """
        Commuters in Valdoria will have to rely on ferries for more than a year. Council leader Mara Ostrem told \
        reporters that the work would begin in early spring and should take about eighteen months. Residents on the \
        north shore said the ferry timetable was still unclear and that the trip would add an hour to their day. The \
        plan sets aside 42 million crowns for the bridge and another 6 million for a temporary ferry service. A \
        transport union said it would ask for extra staff on the boats.
        """

    static let unrelated = """
        A young chess player from the mountain village of Orlen won the national junior championship on Sunday, \
        beating three former champions in a row. She said she had trained every evening after school with her \
        grandfather, who taught her the game when she was five. The final round lasted almost six hours and ended \
        when her opponent ran out of time in a difficult endgame. Organisers said a record number of children had \
        entered the tournament this year.
        """

    @Test func exactCopyIsFoundAndTheLaterArticleIsTheCopy() {
        let a = ArticleFactory.make("a", Self.original, published: CalendarDate(year: 2024, month: 3, day: 4))
        let b = ArticleFactory.make("b", "  " + Self.original.uppercased(), published: CalendarDate(year: 2024, month: 3, day: 5))
        let relations = CopyDetector().relations(among: [b, a])
        #expect(relations == [CopyRelation(copy: ArticleID("b"), original: ArticleID("a"), kind: .exact, jaccard: 1)])
    }

    @Test func copyWithSmallEditsIsANearDuplicate() {
        let edited = Self.original
            .replacingOccurrences(of: "on Monday", with: "on Tuesday")
            .replacingOccurrences(of: "welcomed the decision", with: "praised the decision")
        let relations = CopyDetector().relations(among: [
            ArticleFactory.make("x1", Self.original), ArticleFactory.make("x2", edited, wires: ["Reuters"]),
        ])
        #expect(relations.count == 1)
        #expect(relations.first?.kind == .nearDuplicate)
        #expect((relations.first?.jaccard ?? 0) >= 0.8 && (relations.first?.jaccard ?? 1) < 1)
        // Same date, same containment: the one crediting a wire took the wire's text.
        #expect(relations.first?.copy == ArticleID("x2"))
    }

    @Test func rewriteSharingTwoSentencesIsARewriteOfTheLongerArticle() {
        let relations = CopyDetector().relations(among: [
            ArticleFactory.make("r1", Self.rewrite), ArticleFactory.make("r0", Self.original),
        ])
        #expect(relations.count == 1)
        #expect(relations.first?.kind == .rewrite)
        // The shorter article is the one mostly contained in the other.
        #expect(relations.first?.copy == ArticleID("r1"))
        #expect(relations.first?.original == ArticleID("r0"))
        #expect((relations.first?.jaccard ?? 1) < 0.5)
    }

    @Test func unrelatedArticlesAreNotCopies() {
        let relations = CopyDetector().relations(among: [
            ArticleFactory.make("u0", Self.original), ArticleFactory.make("u1", Self.unrelated),
        ])
        #expect(relations.isEmpty)
    }

    @Test func sharedPassagesAlignTheCommonSentences() {
        let rewrite = ArticleFactory.make("p1", Self.rewrite)
        let original = ArticleFactory.make("p0", Self.original)
        let passages = CopyDetector().sharedPassages(rewrite, original)
        #expect(passages.count == 2)
        let texts = passages.map { rewrite.article.text(of: $0.first) }
        #expect(texts.first == "Council leader Mara Ostrem told reporters that the work would begin in early spring and should take about eighteen months")
        #expect(passages.allSatisfy { rewrite.article.text(of: $0.first) == original.article.text(of: $0.second) })
        #expect(passages.map(\.wordCount) == [20, 19])
    }
}
