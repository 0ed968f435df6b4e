import Testing
@testable import Parallax

@Suite("NameMatcher")
struct NameMatcherTests {
    @Test func transliterationsMatch() {
        #expect(NameMatcher.sameEntity("Sergey Lavrov", "Sergei Lavrov"))
        #expect(NameMatcher.sameEntity("Zelenskyy", "Zelensky"))
        #expect(NameMatcher.sameEntity("Zelenskiy", "Volodymyr Zelenskyy"))
        #expect(NameMatcher.sameEntity("Dmitry Peskov", "Dmitri Peskov"))
    }

    @Test func partialNamesMatch() {
        #expect(NameMatcher.sameEntity("Lavrov", "Sergei Lavrov"))
        #expect(NameMatcher.sameEntity("Wang", "Wang Yi"))
    }

    @Test func differentPeopleDoNotMatch() {
        #expect(!NameMatcher.sameEntity("Mao Ning", "Mao Zedong"))
        #expect(!NameMatcher.sameEntity("Lavrov", "Putin"))
        #expect(!NameMatcher.sameEntity("Wang Yi", "Yi Wang Li"))
        #expect(!NameMatcher.sameEntity("", "Putin"))
    }
}
