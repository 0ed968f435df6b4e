import Parallax

/// One stored article as the online index replays it: its clustering features and the story it was forced into.
package struct StoredSignature: Sendable {
    package let features: ArticleFeatures
    package let forcedStory: Int?
    /// The story the article is in now.
    package let story: Int
    /// The article's place in ingest order.
    package let sequence: Int64

    package init(features: ArticleFeatures, forcedStory: Int?, story: Int, sequence: Int64) {
        self.sequence = sequence
        self.features = features
        self.forcedStory = forcedStory
        self.story = story
    }

    /// The signature read from a store's row: the article's id and publication date (ISO), its signature bytes
    /// and its assignment. Nil when the bytes are not a signature (a damaged row).
    package init?(id: String, published: String?, terms: [UInt8], story: Int, forcedStory: Int?, sequence: Int64) {
        guard let (terms, entities) = SignatureCoding.decode(terms) else { return nil }
        self.init(
            features: ArticleFeatures(
                id: ArticleID(id), published: published.flatMap { CalendarDate(iso: $0) }, terms: terms, entities: entities),
            forcedStory: forcedStory, story: story, sequence: sequence)
    }

    /// The bytes a store keeps for an article's clustering features.
    package static func bytes(of features: ArticleFeatures) -> [UInt8] {
        SignatureCoding.encode(features.terms, entities: features.entities)
    }
}
