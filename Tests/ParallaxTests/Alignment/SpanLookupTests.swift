import Testing
@testable import Parallax

/// Spans found by position answer exactly what a scan of every span answers.
@Suite struct SpanLookupTests {
    @Test func insideAndOverlappingMatchAFullScan() {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            // A fixed linear congruential sequence: the same spans on every run.
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let article = ArticleID("a")
        let spans = (0..<300).map { _ -> TextSpan in
            let start = next(5000)
            return TextSpan(article: article, start: start, end: start + 1 + next(next(2) == 0 ? 20 : 400))
        }
        let lookup = SpanLookup(spans)
        for _ in 0..<300 {
            let start = next(5200)
            let range = TextSpan(article: article, start: start, end: start + next(600))
            #expect(lookup.inside(range) == spans.indices.filter { range.contains(spans[$0]) })
            #expect(lookup.overlapping(range) == spans.indices.filter { range.overlaps(spans[$0]) })
        }
        #expect(SpanLookup([]).overlapping(TextSpan(article: article, start: 0, end: 10)).isEmpty)
    }
}
