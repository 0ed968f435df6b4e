import Foundation
import Testing
@testable import Parallax

/// A storyline stays one story over days; the idf of a small collection keeps the words its articles share.
@Suite struct StorylineTests {
    private static func features(_ id: String, _ terms: [String: Double], on day: Int?) -> ArticleFeatures {
        ArticleFeatures(
            id: ArticleID(id), published: day.map { CalendarDate(year: 2024, month: 3, day: $0) }, terms: terms)
    }

    /// Two reports of one storyline a week apart: three words in common, nine new (the verdict after the arrest);
    /// more than ten terms each, so neither is a short article with its lower threshold.
    private static let arrest: [String: Double] = [
        "quarnby": 3, "mayor": 2, "bribe": 2, "arrest": 3, "police": 3, "raid": 3, "office": 3, "charge": 3, "cash": 1,
        "desk": 1, "aide": 1, "night": 1,
    ]
    private static let verdict: [String: Double] = [
        "quarnby": 3, "mayor": 2, "bribe": 2, "verdict": 3, "jury": 3, "guilty": 3, "sentence": 3, "appeal": 3, "judge": 1,
        "hall": 1, "crowd": 1, "week": 1,
    ]

    @Test func theTwoReportsSitBetweenTheStorylineAndTheEventThresholds() {
        var index = StoryIndex()
        _ = index.add(Self.features("arrest", Self.arrest, on: nil))
        let similarity = index.add(Self.features("verdict", Self.verdict, on: nil), toStory: 0).similarity
        #expect(similarity >= StoryClusterer.Configuration.default.storylineThreshold)
        #expect(similarity < StoryClusterer.Configuration.default.assignmentThreshold)
    }

    @Test func aLaterReportJoinsTheStoryWhileItIsOngoing() {
        var index = StoryIndex()
        _ = index.add(Self.features("arrest", Self.arrest, on: 1))
        let verdict = index.add(Self.features("verdict", Self.verdict, on: 8))
        #expect(!verdict.isNew && verdict.story == 0)
    }

    @Test func theSameReportLongAfterOrUndatedStartsItsOwnStory() {
        for day in [nil, 1] as [Int?] {
            var index = StoryIndex()
            _ = index.add(Self.features("arrest", Self.arrest, on: day))
            // 1 March against 30 March when dated: 29 days, past the 14-day window.
            let verdict = index.add(Self.features("verdict", Self.verdict, on: day.map { _ in 30 }))
            #expect(verdict.isNew, "day \(String(describing: day))")
        }
    }

    @Test func theNewestDayOfAStoryMovesWithItsArticlesAndSurvivesASnapshot() throws {
        var index = StoryIndex()
        _ = index.add(Self.features("arrest", Self.arrest, on: 1))
        _ = index.add(Self.features("verdict", Self.verdict, on: 8))
        let expected = Int32(GregorianCalendar.dayNumber(year: 2024, month: 3, day: 8))
        #expect(index.stories[0].latestDay == expected)
        let decoded = try #require(StoryIndexSnapshot.decode(StoryIndexSnapshot.encode(index), configuration: .default))
        #expect(decoded.stories[0].latestDay == expected)
    }

    @Test func aDateTooFarOutForDayNumbersIsUndated() {
        #expect(StoryIndex.dayNumber(CalendarDate(year: 50_000_000, month: 1, day: 1)) == .min)
        #expect(StoryIndex.dayNumber(CalendarDate(year: 2024, month: 3)) == .min)
        #expect(StoryIndex.dayNumber(CalendarDate(year: 2024, month: 3, day: 2)) - StoryIndex.dayNumber(CalendarDate(year: 2024, month: 2, day: 28)) == 3)
    }

    @Test func backgroundDocumentsKeepTheWordsAFewArticlesShare() {
        // With two articles seen, a shared word has idf 1 and an unshared one 1 + ln(3/2) without a background;
        // with 100 background documents both are near 1 + ln(103/2), so sharing no longer costs a word its weight.
        var plain = StoryClusterer.Configuration.default
        plain.backgroundDocuments = 0
        var index = StoryIndex(configuration: plain), background = StoryIndex()
        for article in [Self.features("a", ["dam": 1, "flood": 1], on: nil), Self.features("b", ["dam": 1, "rain": 1], on: nil)] {
            _ = index.add(article)
            _ = background.add(article)
        }
        #expect(abs(index.idf("dam") - 1) < 1e-12)
        #expect(abs(index.idf("rain") - (1 + log(3.0 / 2))) < 1e-12)
        #expect(abs(background.idf("dam") - (1 + log(103.0 / 3))) < 1e-12)
        #expect(background.idf("dam") / background.idf("rain") > 0.85)
        #expect(index.idf("dam") / index.idf("rain") < 0.75)
    }
}
