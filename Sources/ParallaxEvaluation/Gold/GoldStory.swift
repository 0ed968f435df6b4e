import Parallax
/// A hand-made gold analysis of one story (the format of `../shared/gold/README.md`): what a correct run must find.
///
/// Fragments are exact substrings of the article texts; articles are named by file name or JSON Lines id.
/// Sections a gold file leaves out are empty.
package struct GoldStory: Codable, Sendable {
    /// A person, place or organisation with every spelling the sources use.
    package struct Entity: Codable, Sendable {
        package let name: String
        package let kind: String
        package let aliases: [String]
        package let articles: [String]
    }

    /// A quotation and its speaker, in the articles that carry it.
    package struct Quote: Codable, Sendable {
        package let speaker: String
        package let fragment: String
        package let articles: [String]
    }

    /// A fragment of one article.
    package struct Evidence: Codable, Sendable {
        package let article: String
        package let fragment: String
    }

    /// Statements of several sources that say the same thing.
    package struct CorroboratedFact: Codable, Sendable {
        package let fact: String
        package let evidence: [Evidence]
    }

    /// Two statements that look alike but state different facts.
    package struct DistinctFacts: Codable, Sendable {
        package let why: String
        package let evidence: [Evidence]
    }

    /// A date mention and the day, month or year it resolves to.
    package struct DateItem: Codable, Sendable {
        package let article: String
        package let fragment: String
        package let date: String
    }

    /// A quantity, its value and unit.
    package struct NumberItem: Codable, Sendable {
        package let article: String
        package let fragment: String
        package let value: Double
        package let unit: String?
    }

    /// Sources that contradict each other.
    package struct ConflictItem: Codable, Sendable {
        package let about: String
        package let slot: String?
        package let claims: [Evidence]
    }

    package let story: String
    package let corpus: String
    package let sameStory: [String]
    package let nearDuplicatePairs: [[String]]
    package let boilerplate: [String: [String]]
    package let mustKeep: [String: [String]]
    package let entities: [Entity]
    package let quotes: [Quote]
    package let corroboratedFacts: [CorroboratedFact]
    package let distinctFacts: [DistinctFacts]
    package let uniqueFacts: [Evidence]
    package let dates: [DateItem]
    package let numbers: [NumberItem]
    package let conflicts: [ConflictItem]
    package let wires: [String: [String]]

    enum CodingKeys: String, CodingKey {
        case story, corpus, entities, quotes, dates, numbers, conflicts, wires, boilerplate
        case sameStory = "same_story"
        case nearDuplicatePairs = "near_duplicate_pairs"
        case mustKeep = "must_keep"
        case corroboratedFacts = "corroborated_facts"
        case distinctFacts = "distinct_facts"
        case uniqueFacts = "unique_facts"
    }

    package init(from decoder: Decoder) throws {
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
