import Foundation
import Parallax

/// Invented news for the store tests: each topic has its own people, place and organisation (names made of
/// syllables), each variant its own figures and wording, so topics cluster apart and every text is distinct.
enum SyntheticNews {
    private static let syllables = ["ka", "lo", "mir", "ten", "vos", "ria", "dun", "pel", "sar", "gho", "ni", "bre", "tul", "zan", "fe", "quo"]
    private static let events: [(event: String, thing: String, people: String)] = [
        ("fire", "warehouse", "firefighters"), ("election", "ballots", "voters"), ("flood", "embankment", "residents"),
        ("strike", "factory", "workers"), ("earthquake", "buildings", "engineers"), ("merger", "shares", "investors"),
        ("drought", "harvest", "farmers"), ("outbreak", "hospital", "doctors"),
    ]
    private static let fillers = [
        "Witnesses described long queues outside the town hall.", "The weather stayed cold and wet all day.",
        "Local radio interrupted its programme for the announcement.", "Schools in the district opened late.",
        "A spokesperson declined to comment on the costs.", "Traffic on the main road was diverted for hours.",
    ]

    /// A made-up capitalized name, different for every seed below 4096.
    static func name(_ seed: Int) -> String {
        let word = (0..<3).map { syllables[(seed >> (4 * $0)) & 15] }.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    static func text(topic: Int, variant: Int) -> String {
        let person = name(topic * 5 + 1 + 256), place = name(topic * 5 + 2 + 512), group = name(topic * 5 + 3 + 1024)
        let (event, thing, people) = events[topic % events.count]
        return """
            \(person) said that the \(event) in \(place) had damaged the \(thing) and worried many \(people).

            Officials of the \(group) council in \(place) confirmed that \(variant * 3 + topic + 11) \(people) were \
            involved and that the \(thing) would be inspected by \(group) experts.

            "We will rebuild \(place) together," \(person) told reporters, adding that the \(event) was the worst \
            the \(group) council had seen. \(fillers[(variant + topic) % fillers.count]) Report number \(variant + 1).
            """
    }

    static func published(variant: Int) -> CalendarDate {
        CalendarDate(year: 2024, month: 3 + variant % 3, day: 1 + variant % 28)
    }

    static func article(topic: Int, variant: Int, id: String? = nil) -> Article {
        let id = ArticleID(id ?? "topic\(topic)-\(variant).txt")
        return Article(
            id: id, origin: "/tmp/\(id.rawValue)", text: text(topic: topic, variant: variant),
            metadata: ArticleMetadata(
                title: "\(name(topic * 5 + 1 + 256)) on the \(name(topic * 5 + 2 + 512)) report \(variant)",
                publisher: "Outlet \(variant % 4)", published: published(variant: variant)))
    }
}
