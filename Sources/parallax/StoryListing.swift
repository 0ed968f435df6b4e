import Foundation
import ParallaxStore

/// How `parallax stories` prints its list: aligned text columns, or a JSON array with sorted keys.
enum StoryListing {
    static func text(_ stories: [StorySummary]) -> String {
        guard !stories.isEmpty else { return "No stories.\n" }
        var lines = ["STORY               ARTICLES  SOURCES  FIRST SEEN  LAST SEEN   HEADLINE"]
        for story in stories {
            lines.append([
                pad(story.id.rawValue, 18), pad(String(story.articles), 8, right: true),
                pad(String(story.sources), 7, right: true), pad(story.firstSeen.description, 10),
                pad(story.lastSeen.description, 10), story.headline,
            ].joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ stories: [StorySummary]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(stories), as: UTF8.self) + "\n"
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
