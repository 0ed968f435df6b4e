import Testing
@testable import Parallax

@Suite("NumberExtractor")
struct NumberExtractorTests {
    func numbers(_ text: String) -> [NumberMention] {
        NumberExtractor().extract(from: AnalysisTestText.article(text))
    }

    func only(_ text: String) -> (String, Double, String?)? {
        let found = numbers(text)
        guard found.count == 1 else { return nil }
        return (found[0].text, found[0].value, found[0].unit)
    }

    @Test func aTallyIsTwoCounts() {
        let found = numbers("She won by a 134-to-63 vote, not 5-4.")
        #expect(found.map(\.value) == [134, 63])
        #expect(found.map(\.text) == ["134", "63"])
        #expect(numbers("He was sentenced to 5-to-10 years.").map(\.value) == [5, 10])
    }

    @Test func currencyWithScaleIsExact() {
        let found = numbers("Trade reached a record $240.1 billion last year, and €3 million went to £5m of fees.")
        #expect(found.map(\.text) == ["$240.1 billion", "€3 million", "£5m"])
        #expect(found.map(\.value) == [240_100_000_000, 3_000_000, 5_000_000])
        #expect(found.map(\.unit) == ["USD", "EUR", "GBP"])
    }

    @Test func spelledOutNumbersWithUnits() {
        #expect(only("The talks lasted four days.")! == ("four days", 4, "day"))
        #expect(only("a two-day visit")! == ("two-day", 2, "day"))
        #expect(only("He waited a dozen years.")! == ("a dozen years", 12, "year"))
        #expect(only("twenty-five soldiers died")! == ("twenty-five soldiers", 25, "soldier"))
    }

    @Test func percentagesAndCounts() {
        #expect(only("Prices rose 3.5% in March.")! == ("3.5%", 3.5, "percent"))
        #expect(only("Prices rose 3.5 percent.")! == ("3.5 percent", 3.5, "percent"))
        #expect(only("Some 1,200 people fled.")! == ("1,200 people", 1200, "person"))
        #expect(only("It has 2,000 members.")! == ("2,000 members", 2000, "member"))
        #expect(only("a 12-point plan")! == ("12-point", 12, nil))
    }

    @Test func oneWordBetweenNumberAndUnit() {
        #expect(only("Talks need four more days.")! == ("four more days", 4, "day"))
        #expect(only("Some 1,200 Ukrainian soldiers left.")! == ("1,200 Ukrainian soldiers", 1200, "soldier"))
    }

    @Test func yearsDatesOrdinalsAndTimesAreNotQuantities() {
        #expect(numbers("In 2023 trade grew, as it had since 2018.").isEmpty)
        #expect(numbers("He arrived on April 8 and left on 9 April.").isEmpty)
        #expect(numbers("It was the 5th meeting, at 10:30, dated 2024-04-09.").isEmpty)
        #expect(numbers("No one knows which one of them spoke.").isEmpty)
    }
}

private func == (lhs: (String, Double, String?), rhs: (String, Double, String?)) -> Bool {
    lhs.0 == rhs.0 && lhs.1 == rhs.1 && lhs.2 == rhs.2
}
