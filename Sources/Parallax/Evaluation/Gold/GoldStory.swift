/// A hand-made gold analysis of one story (the format of `../shared/gold/*.json`): what a correct run must find.
///
/// Fragments are exact substrings of the article files; articles are named by file name.
public struct GoldStory: Codable, Sendable {
    /// A person or place with every spelling the sources use.
    public struct Entity: Codable, Sendable {
        public let name: String
        public let kind: String
        public let aliases: [String]
        public let articles: [String]
    }

    /// A quotation and its speaker, in the articles that carry it.
    public struct Quote: Codable, Sendable {
        public let speaker: String
        public let fragment: String
        public let articles: [String]
    }

    /// A fragment of one article.
    public struct Evidence: Codable, Sendable {
        public let article: String
        public let fragment: String
    }

    /// Statements of several sources that say the same thing.
    public struct CorroboratedFact: Codable, Sendable {
        public let fact: String
        public let evidence: [Evidence]
    }

    /// A date mention and the day, month or year it resolves to.
    public struct DateItem: Codable, Sendable {
        public let article: String
        public let fragment: String
        public let date: String
    }

    /// A quantity, its value and unit.
    public struct NumberItem: Codable, Sendable {
        public let article: String
        public let fragment: String
        public let value: Double
        public let unit: String?
    }

    /// Sources that contradict each other.
    public struct ConflictItem: Codable, Sendable {
        public let about: String
        public let claims: [Evidence]
    }

    public let story: String
    public let corpus: String
    public let sameStory: [String]
    public let nearDuplicatePairs: [[String]]
    public let boilerplate: [String: [String]]
    public let mustKeep: [String: [String]]
    public let entities: [Entity]
    public let quotes: [Quote]
    public let corroboratedFacts: [CorroboratedFact]
    public let uniqueFacts: [Evidence]
    public let dates: [DateItem]
    public let numbers: [NumberItem]
    public let conflicts: [ConflictItem]
    public let wires: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case story, corpus, entities, quotes, dates, numbers, conflicts, wires, boilerplate
        case sameStory = "same_story"
        case nearDuplicatePairs = "near_duplicate_pairs"
        case mustKeep = "must_keep"
        case corroboratedFacts = "corroborated_facts"
        case uniqueFacts = "unique_facts"
    }
}
