import Parallax
@testable import ParallaxStore
import Testing

/// A story a split starts is named after its first article, unless that article already named a story: a
/// story it started that later merged, or an earlier split's story.
@Suite struct SplitStoryIDTests {
    @Test func aFreeIdIsTheArticlesOwn() {
        let article = ArticleID("wire-17")
        #expect(StoreIngester.freeStoryID(startedBy: article) { _ in false } == StoreIngester.storyID(startedBy: article))
    }

    @Test func aTakenIdMovesOnToTheFirstFreeNumberedOneTheSameWayEachTime() {
        let article = ArticleID("wire-17")
        var taken: Set<StoryID> = [StoreIngester.storyID(startedBy: article)]
        let second = StoreIngester.freeStoryID(startedBy: article) { taken.contains($0) }
        #expect(!taken.contains(second))
        #expect(second == StoreIngester.freeStoryID(startedBy: article) { taken.contains($0) })
        taken.insert(second)
        let third = StoreIngester.freeStoryID(startedBy: article) { taken.contains($0) }
        #expect(!taken.contains(third) && third.rawValue.hasPrefix("s-") && third.rawValue.count == 18)
    }
}
