import Foundation
import Parallax

/// Where the server keeps articles and stories: adds articles and answers the reads the API and pages need.
///
/// Implementations must be safe to call concurrently; reads may run while articles are being added.
package protocol StoryRepository: Sendable {
    /// Extracts, analyzes and clusters the documents; returns each one's article id and story, in input order.
    func add(_ documents: [RawDocument]) async throws -> [ArticleAssignment]
    /// Stories newest first (by the time an article last joined them), then by id.
    func stories(_ query: StoryQuery) async throws -> StoryPage
    /// The story's brief, or nil when no story has this id.
    func brief(of story: StoryID) async throws -> RenderedBrief?
    /// The story's summary line (counts, first and last seen), or nil when no story has this id.
    func summary(of story: StoryID) async throws -> StoryOverview?
    /// One article with its metadata and story, or nil when unknown.
    func article(_ id: ArticleID) async throws -> StoredArticle?
    /// The number of articles stored.
    func articleCount() async throws -> Int
}
