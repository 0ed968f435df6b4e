import Testing
@testable import Parallax

@Suite struct PlainTextExtractorTests {
    func extract(_ text: String, declared: ArticleMetadata = ArticleMetadata()) -> Article {
        PlainTextExtractor().extract(RawDocument(
            id: ArticleID("t"), origin: "t.txt", bytes: Array(text.utf8), format: .plainText, declared: declared
        ))
    }

    @Test func takesShortFirstLineAsTitleAndJoinsParagraphs() {
        let article = extract("""
        Bridge closed to trucks after cracks found

        The council voted on Thursday to close the old bridge to heavy trucks after inspectors found cracks.
        Engineers said   repairs would take six months.
        """)
        #expect(article.metadata.title == "Bridge closed to trucks after cracks found")
        #expect(article.text == """
        The council voted on Thursday to close the old bridge to heavy trucks after inspectors found cracks.

        Engineers said repairs would take six months.
        """)
    }

    @Test func doesNotTakeASentenceAsTitle() {
        let article = extract("The bridge closed today.\nThe council voted on Thursday to close the old bridge to heavy trucks after cracks.")
        #expect(article.metadata.title == nil)
        #expect(article.text.hasPrefix("The bridge closed today."))
    }

    @Test func doesNotTakeALabelOrDatelineAsTitle() {
        let article = extract("BEIJING —\nThe council voted on Thursday to close the old bridge to heavy trucks after cracks.")
        #expect(article.metadata.title == nil)
        #expect(article.text.hasPrefix("BEIJING —"))
        let sentence = extract("By April 9, 2024, the bridge must close.\nThe council voted on Thursday to close the old bridge to heavy trucks.")
        #expect(sentence.text.hasPrefix("By April 9, 2024, the bridge must close."))
        #expect(sentence.metadata.published == nil)
    }

    @Test func readsDateFromLeadingMetadataAndPrefersDeclared() {
        let text = "Published on 9 April 2024\nThe council voted on Thursday to close the old bridge to heavy trucks after inspectors found cracks."
        #expect(extract(text).metadata.published == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(!extract(text).text.contains("Published"))
        let declared = ArticleMetadata(title: "Declared", published: CalendarDate(year: 2024, month: 4, day: 10))
        let article = extract(text, declared: declared)
        #expect(article.metadata.published == CalendarDate(year: 2024, month: 4, day: 10))
        #expect(article.metadata.title == "Declared")
    }

    @Test func removesADeclaredTitleRepeatedAsFirstLine() {
        let article = extract(
            "Bridge closed\nThe council voted on Thursday to close the old bridge to heavy trucks after cracks.",
            declared: ArticleMetadata(title: "Bridge Closed")
        )
        #expect(article.text.hasPrefix("The council"))
    }

    @Test func joinsHardWrappedBlocks() {
        let article = extract("""
        The council voted on Thursday to close the old bridge to heavy
        trucks after inspectors found cracks in two of its main piers,
        officials said.

        Repairs will take six months.
        """)
        #expect(article.text == """
        The council voted on Thursday to close the old bridge to heavy trucks after inspectors found cracks in two of its main piers, officials said.

        Repairs will take six months.
        """)
    }

    @Test func keepsDatelineInTextAndCreditsItsWire() {
        let article = extract("OSLO (Reuters) - The council voted on Thursday to close the old bridge to heavy trucks.")
        #expect(article.text.hasPrefix("OSLO (Reuters) -"))
        #expect(article.wires.map(\.agency) == ["Reuters"])
    }

    @Test func reportsBinaryAndEmptyInput() {
        let binary = PlainTextExtractor().extract(RawDocument(id: ArticleID("b"), origin: "b.bin", bytes: [0, 1, 2], format: .plainText))
        #expect(binary.text.isEmpty)
        #expect(binary.diagnostics.first?.severity == .error)
        let onlyBoilerplate = extract("Follow us on X\nLeave a Reply")
        #expect(onlyBoilerplate.text.isEmpty)
        #expect(onlyBoilerplate.diagnostics.first?.message.contains("no text left") == true)
    }
}
