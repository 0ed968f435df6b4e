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
    /// The sequence of the store's last article when the cache was filled (0 for an empty store, -1 unknown):
    /// when the store's moves past it without this server's adds, another process wrote and the cache is dropped.
    var sequence: Int64 = -1
}
