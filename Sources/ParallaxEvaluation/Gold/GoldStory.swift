import Parallax
/// A hand-made gold analysis of one story (the format of `../shared/gold/README.md`): what a correct run must find.
///
/// Fragments are exact substrings of the article texts; articles are named by file name or JSON Lines id.
/// Sections a gold file leaves out are empty.
public struct GoldStory: Codable, Sendable {
    /// A person, place or organisation with every spelling the sources use.
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

    /// Two statements that look alike but state different facts.
    public struct DistinctFacts: Codable, Sendable {
        public let why: String
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
        public let slot: String?
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
    public let distinctFacts: [DistinctFacts]
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
        case distinctFacts = "distinct_facts"
        case uniqueFacts = "unique_facts"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] { try container.decodeIfPresent([T].self, forKey: key) ?? [] }
        func map(_ key: CodingKeys) throws -> [String: [String]] {
            try container.decodeIfPresent([String: [String]].self, forKey: key) ?? [:]
        }
        story = try container.decode(String.self, forKey: .story)
        corpus = try container.decode(String.self, forKey: .corpus)
        sameStory = try list(.sameStory)
        nearDuplicatePairs = try list(.nearDuplicatePairs)
        boilerplate = try map(.boilerplate)
        mustKeep = try map(.mustKeep)
        entities = try list(.entities)
        quotes = try list(.quotes)
        corroboratedFacts = try list(.corroboratedFacts)
        distinctFacts = try list(.distinctFacts)
        uniqueFacts = try list(.uniqueFacts)
        dates = try list(.dates)
        numbers = try list(.numbers)
        conflicts = try list(.conflicts)
        wires = try map(.wires)
    }
}
