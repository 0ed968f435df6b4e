/// One person, place or organisation across the story, whatever the spelling in each source.
public struct StoryEntity: Hashable, Codable, Sendable {
    /// The fullest, most common spelling ("Sergey Lavrov").
    public let name: String
    public let kind: EntityKind
    /// Every spelling seen, sorted ("Lavrov", "Sergei Lavrov", "Sergey Lavrov").
    public let aliases: [String]
    /// Every mention, in article order.
    public let mentions: [TextSpan]

    public init(name: String, kind: EntityKind, aliases: [String], mentions: [TextSpan]) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
    }

    public var articles: [ArticleID] {
        var seen = Set<ArticleID>()
        return mentions.map(\.article).filter { seen.insert($0).inserted }
    }
}
