@testable import Parallax

/// Articles on two events of one kind (two earthquakes): the same topic words, each event its own place, people
/// and figures, streamed alternately so the second event's first article joins the first event's story.
enum TwoEventStream {
    private static let events: [(place: String, words: [String])] = [
        ("Kelmora", ["tsunami", "coast", "harbour", "fishermen", "boats", "waves", "piers", "lighthouse", "ferries", "beaches"]),
        ("Pashtuna", ["landslide", "mountain", "village", "miners", "tunnel", "slopes", "quarry", "terraces", "goats", "pasture"]),
    ]

    static func text(event: Int, variant: Int) -> String {
        let (place, words) = events[event]
        let local = (0..<6).map { words[(variant + $0) % words.count] }
        return """
            A strong earthquake struck overnight, killing dozens of people and injuring hundreds more as buildings \
            collapsed. In \(place) the \(local[0]) and the \(local[1]) were hit hardest.

            Officials said the \(local[2]) near the \(local[3]) was lost, and the \(local[4]) by the \(local[5]) was \
            closed. \(place) asked for help.
            """
    }

    /// `perEvent` articles of each event, alternating, the first event first.
    static func articles(perEvent: Int) -> [(event: Int, article: AnalyzedArticle)] {
        (0..<perEvent).flatMap { variant in
            (0..<2).map { event in (event, ArticleFactory.make("e\(event)-\(variant)", text(event: event, variant: variant))) }
        }
    }
}
