import Parallax

/// Where the online index put an article, in the terms the store records in the article's transaction.
package struct StoreAssignment: Hashable, Sendable {
    /// The story the article is in now (its position in the index, after any merge and split).
    package let story: Int
    /// The story the article joined, which absorbed the `merged` ones (`story` unless a split then moved it).
    package let joined: Int
    /// Cosine similarity to the story's centroid before the article joined (0 for a new story).
    package let similarity: Double
    /// The story the article started, when it started one (it may already have merged into `story`).
    package let created: NewStory?
    /// The story the article was forced into as a copy of a stored article.
    package let forcedStory: Int?
    /// Stories that merged into `story` when the article joined.
    package let merged: [Int]
    /// The article's ordinal in the online index.
    package let ordinal: Int
    /// The story split off when the article joined, if one did.
    package let split: SplitStory?

    /// A story an article started: its position, id and headline.
    package struct NewStory: Hashable, Sendable {
        package let position: Int
        package let id: StoryID
        package let headline: String

        package init(position: Int, id: StoryID, headline: String) {
            self.position = position
            self.id = id
            self.headline = headline
        }
    }

    /// A story split off another: the new story and the ordinals of the members it took.
    package struct SplitStory: Hashable, Sendable {
        package let story: NewStory
        package let members: [Int]

        package init(story: NewStory, members: [Int]) {
            self.story = story
            self.members = members
        }
    }

    package init(
        story: Int, similarity: Double, ordinal: Int, created: NewStory? = nil, forcedStory: Int? = nil, merged: [Int] = [],
        split: SplitStory? = nil, joined: Int? = nil
    ) {
        self.story = story
        self.joined = joined ?? story
        self.similarity = similarity
        self.ordinal = ordinal
        self.created = created
        self.forcedStory = forcedStory
        self.merged = merged
        self.split = split
    }

}
