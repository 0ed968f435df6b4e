/// A story's identifier: derived from its articles, so the same input gives the same id.
public struct StoryID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id of a story named after the article that started it (its first in stream order), the same in the
    /// batch clusterer and in a store: a story keeps it as it grows.
    public static func startedBy(_ article: ArticleID) -> StoryID {
        StoryID(StableIdentifier.make(prefix: "s-", from: article.rawValue))
    }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: StoryID, rhs: StoryID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
