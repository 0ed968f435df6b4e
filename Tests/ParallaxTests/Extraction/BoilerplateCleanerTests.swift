import Testing
@testable import Parallax

@Suite struct BoilerplateCleanerTests {
    let cleaner = BoilerplateCleaner()
    let body1 = "The council voted on Thursday to close the old bridge to heavy trucks after inspectors found cracks."
    let body2 = "Engineers said repairs would take at least six months and cost about 4 million euros."

    @Test func dropsRelatedHeadingAndTeasersAfterIt() {
        let result = cleaner.clean([
            body1, body2, "Read More:", "Mayor opens new library in the east district",
            "Heavy rain expected across the region as forecasters warn of…",
            "Local team wins the cup after a dramatic final that...",
        ])
        #expect(result.paragraphs == [body1, body2])
    }

    @Test func keepsBodyAfterHeadingInTheMiddle() {
        let result = cleaner.clean([body1, "ALSO READ | Bridge closures planned across the province", body2])
        #expect(result.paragraphs == [body1, body2])
        let withHeading = cleaner.clean([body1, "Related Stories", "Bridge closures planned elsewhere", body2])
        #expect(withHeading.paragraphs == [body1, body2])
    }

    @Test func dropsSocialPromptsAndCommentForms() {
        let result = cleaner.clean([
            body1, "Follow us on Facebook, X and Instagram", "Join our WhatsApp channel for updates",
            body2, "Subscribe to our newsletter", "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ])
        #expect(result.paragraphs == [body1, body2])
    }

    @Test func dropsImageCreditsLinesAndParentheticals() {
        let result = cleaner.clean([
            "Photo: City Hall press office", body1 + " (Photo credit: Jan Novak)", "File photo", body2,
        ])
        #expect(result.paragraphs == [body1, body2])
    }

    @Test func dropsAuthorBiographyWithNameLine() {
        let result = cleaner.clean([
            body1, body2, "Mira Kell",
            "Mira Kell is a reporter covering transport and city politics. She holds a degree in journalism.",
        ])
        #expect(result.paragraphs == [body1, body2])
    }

    @Test func keepsAClosingParagraphThatMerelyMentionsAReporter() {
        let closing = "Anna Berg, a reporter who lives nearby, said she heard the cracks for weeks."
        let result = cleaner.clean([body1, body2, closing])
        #expect(result.paragraphs == [body1, body2, closing])
    }

    @Test func readsLeadingMetadataAndByline() {
        let result = cleaner.clean([
            "Updated: March 11, 2025 09:14 CET", "By Jana Doe and Piet Roe", body1, body2,
        ])
        #expect(result.paragraphs == [body1, body2])
        #expect(result.published == CalendarDate(year: 2025, month: 3, day: 11))
        #expect(result.authors == ["Jana Doe", "Piet Roe"])
    }

    @Test func dropsWholeLineLabelsButKeepsSentencesStartingWithThem() {
        let sentence = "Advertisement spending fell in the region for the third year."
        let result = cleaner.clean([body1, "Advertisement", "Share", sentence, "© 2025 The Courier. All rights reserved."])
        #expect(result.paragraphs == [body1, sentence])
    }

    @Test func dropsMultilingualHeadingsAndPrompts() {
        let result = cleaner.clean([body1, "Schreibe einen Kommentar", "Lesen Sie auch:", "Neue Brücke für Köln", body2])
        #expect(result.paragraphs == [body1, body2])
    }

    @Test func keepsALongFirstParagraphThatStartsWithAMarkerWord() {
        let paragraph = "Published figures show that 12 bridges in the province were closed in 2024, more than in any year since 1990."
        #expect(cleaner.clean([paragraph, body1]).paragraphs == [paragraph, body1])
    }
}
