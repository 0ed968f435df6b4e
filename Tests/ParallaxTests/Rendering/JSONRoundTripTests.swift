import Foundation
import Testing
@testable import Parallax

@Suite struct JSONRoundTripTests {
    @Test func decodesBackToTheSameBriefs() throws {
        let briefs = [SampleBrief.make(), HostileBrief.make(url: "javascript:alert(1)")]
        let json = JSONRenderer().render(briefs)
        let document = try BriefDocument.decode(Data(json.utf8))
        #expect(document.schema == "parallax.brief/2")
        try #require(document.stories.count == briefs.count)
        for (decoded, original) in zip(document.stories, briefs) { expectSame(decoded, original) }
        #expect(JSONRenderer().render(document.stories) == json)
    }

    @Test func keepsTheModelFieldNamesAndSpans() throws {
        let json = JSONRenderer().render([SampleBrief.make()])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let story = try #require((object?["stories"] as? [[String: Any]])?.first)
        #expect(Set(story.keys) == ["story", "headline", "summary", "agreement", "uniqueFacts", "conflicts",
                                    "quotes", "entities", "timeline", "developments", "copies", "sources", "related"])
        let citation = try #require(((story["summary"] as? [[String: Any]])?.first?["citations"] as? [[String: Any]])?.first)
        #expect(citation["article"] as? String == "a1")
        #expect(citation["start"] as? Int == 0)
        #expect(citation["end"] as? Int == 72)
    }

    @Test func aSimilarityThatIsNotANumberStillEncodes() throws {
        let base = SampleBrief.make()
        let brief = Brief(
            story: base.story, headline: base.headline, summary: [], agreement: [], uniqueFacts: [], conflicts: [],
            quotes: [], entities: [], timeline: [],
            copies: [CopyRelation(copy: SampleBrief.copy, original: SampleBrief.original, kind: .exact, jaccard: .nan)],
            sources: [])
        let json = JSONRenderer().render([brief])
        #expect(json.contains("\"jaccard\" : \"NaN\""))
        let decoded = try BriefDocument.decode(Data(json.utf8))
        #expect(decoded.stories.first?.copies.first?.jaccard.isNaN == true)
    }

    @Test func aBriefWrittenBeforeRelatedCoverageReadsBackWithNone() throws {
        let json = JSONRenderer().render([SampleBrief.make()])
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var stories = try #require(object["stories"] as? [[String: Any]])
        stories[0].removeValue(forKey: "related")
        object["stories"] = stories
        let decoded = try BriefDocument.decode(try JSONSerialization.data(withJSONObject: object))
        #expect(decoded.stories.first?.related == [])
        #expect(decoded.stories.first?.headline == SampleBrief.make().headline)
    }

    @Test func noStoriesIsAnEmptyList() throws {
        let decoded = try BriefDocument.decode(Data(JSONRenderer().render([]).utf8))
        #expect(decoded.stories.isEmpty)
    }

    /// `Brief` is not Equatable, so compare it field by field (every field's type is).
    private func expectSame(_ decoded: Brief, _ original: Brief) {
        #expect(decoded.story == original.story)
        #expect(decoded.headline == original.headline)
        #expect(decoded.summary == original.summary)
        #expect(decoded.agreement == original.agreement)
        #expect(decoded.uniqueFacts == original.uniqueFacts)
        #expect(decoded.conflicts == original.conflicts)
        #expect(decoded.quotes == original.quotes)
        #expect(decoded.entities == original.entities)
        #expect(decoded.timeline == original.timeline)
        #expect(decoded.copies == original.copies)
        #expect(decoded.sources == original.sources)
    }
}
