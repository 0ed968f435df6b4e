import Foundation
@testable import Parallax

/// The seed story from ../shared, analyzed and aligned once for all the gold tests, and the gold file.
enum SeedStory {
    static let corpus = "corpus/lavrov-beijing-2024"
    static let goldPath = "gold/lavrov-beijing-2024.json"
    static var available: Bool { SharedData.has(corpus) && SharedData.has(goldPath) }

    struct Gold: Decodable {
        struct Entity: Decodable { let name: String; let kind: String; let aliases: [String]; let articles: [String] }
        struct QuoteItem: Decodable { let speaker: String; let fragment: String; let articles: [String] }
        struct Evidence: Decodable { let article: String; let fragment: String }
        struct FactItem: Decodable { let fact: String; let evidence: [Evidence] }
        struct DateItem: Decodable { let article: String; let fragment: String; let date: String }
        struct ConflictItem: Decodable { let about: String; let claims: [Evidence] }
        let entities: [Entity]
        let quotes: [QuoteItem]
        let corroborated_facts: [FactItem]
        let unique_facts: [Evidence]
        let dates: [DateItem]
        let conflicts: [ConflictItem]
    }

    /// The article files' own text; the extraction stage only supplies the metadata (the date line).
    static let aligned: AlignedStory = {
        let folder = SharedData.url(corpus)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        let articles = names.map { name -> AnalyzedArticle in
            let bytes = [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
            let raw = RawDocument(id: ArticleID(name), origin: name, bytes: bytes, format: .plainText)
            let extracted = PlainTextExtractor().extract(raw)
            let text = String(decoding: bytes, as: UTF8.self)
            let article = Article(
                id: ArticleID(name), origin: name, text: text,
                metadata: ArticleMetadata(published: extracted.metadata.published))
            return ArticleAnalyzer().analyze(article)
        }
        return StoryAligner().align(Story(id: StoryID("seed"), articles: articles, copies: []))
    }()

    static func gold() throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: SharedData.url(goldPath)))
    }

    /// The span of `fragment` in the article's text, or nil when it is not there.
    static func span(of fragment: String, in article: String) -> TextSpan? {
        guard let analyzed = aligned.story.articles.first(where: { $0.id.rawValue == article }),
            let range = analyzed.article.text.range(of: fragment)
        else { return nil }
        return analyzed.article.span(of: range)
    }
}
