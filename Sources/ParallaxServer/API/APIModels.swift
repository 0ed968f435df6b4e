import Foundation
import Parallax

/// The JSON bodies the API returns besides the brief, which keeps `parallax brief --format json`'s schema.
enum APIModels {
    /// `POST /api/articles`: one entry per article, in input order.
    struct Added: Encodable {
        let articles: [ArticleAssignment]
    }

    /// One line of `GET /api/stories`.
    struct StoryItem: Encodable {
        let id: String
        let headline: String
        let sources: Int
        let articles: Int
        let firstSeen: String
        let lastSeen: String
        let links: Links

        struct Links: Encodable {
            let brief: String
            let page: String
        }

        init(_ summary: StoryOverview) {
            id = summary.id.rawValue
            headline = summary.headline
            sources = summary.sourceCount
            articles = summary.articleCount
            firstSeen = Timestamps.iso(summary.firstSeen)
            lastSeen = Timestamps.iso(summary.lastSeen)
            links = Links(
                brief: "/api/stories/\(PathEscaping.segment(summary.id.rawValue))",
                page: "/stories/\(PathEscaping.segment(summary.id.rawValue))")
        }
    }

    /// `GET /api/stories`: a page, and the cursor of the next one (null on the last page).
    struct StoryList: Encodable {
        let stories: [StoryItem]
        let next: String?

        func encode(to encoder: Encoder) throws {
            // `next` is written even when null, so clients can rely on the key.
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(stories, forKey: .stories)
            try container.encode(next, forKey: .next)
        }

        enum CodingKeys: String, CodingKey { case stories, next }
    }

    /// `GET /api/articles/{id}`: the extracted article.
    struct ArticleBody: Encodable {
        let id: String
        let origin: String
        let story: String?
        let added: String?
        let text: String
        let metadata: ArticleMetadata
        let wires: [WireCredit]
        let diagnostics: [String]

        init(_ stored: StoredArticle) {
            let article = stored.article
            id = article.id.rawValue
            origin = article.origin
            story = stored.story?.rawValue
            added = stored.added.map(Timestamps.iso)
            text = article.text
            metadata = article.metadata
            wires = article.wires
            diagnostics = article.diagnostics.map(\.description)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(origin, forKey: .origin)
            try container.encode(story, forKey: .story)
            try container.encode(added, forKey: .added)
            try container.encode(text, forKey: .text)
            try container.encode(metadata, forKey: .metadata)
            try container.encode(wires, forKey: .wires)
            try container.encode(diagnostics, forKey: .diagnostics)
        }

        enum CodingKeys: String, CodingKey { case id, origin, story, added, text, metadata, wires, diagnostics }
    }

    /// `GET /health`.
    struct Health: Encodable {
        let status: String
        let articles: Int
    }
}
