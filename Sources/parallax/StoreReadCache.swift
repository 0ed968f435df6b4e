import ParallaxServer
import Parallax

/// What `StoreStoryRepository` keeps between adds: the story list, loaded stories with their briefs, and which
/// story each loaded article is in.
struct StoreReadCache: Sendable {
    struct LoadedStory: Sendable {
        let story: Story
        let brief: RenderedBrief
    }

    var overviews: [StoryOverview]?
    /// One computation per story, shared by concurrent readers.
    var stories: [StoryID: Task<LoadedStory?, Error>] = [:]
    var storyOf: [ArticleID: StoryID] = [:]
}
