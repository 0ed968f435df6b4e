import Foundation
import Parallax

/// The columns one stored article is kept in, the same in every store: the extracted article, its metadata, and
/// its analysis as JSON with sorted keys: the items and the sentences, as the analysis made them at ingest. Only the
/// tokens are made again on load, by the tokenizer, which has no settings.
package struct StoredArticleRow: Codable, Sendable {
    package let id: String
    /// The id the input gave the article; `id` differs when another text already held it.
    package let sourceID: String
    package let contentHash: String
    /// The hash of the raw input bytes (nil when unknown, and for SQLite rows stored before its migration v2).
    package let rawHash: String?
    package let origin: String
    package let text: String
    package let title: String?
    package let publisher: String?
    /// ISO date of the stated publication date, when there is one.
    package let published: String?
    /// The publication date, or the ingestion day when the article states none: what `stories(since:)` filters on.
    package let seen: String
    /// JSON of `ArticleMetadata`, `[WireCredit]` and `[Diagnostic]`.
    package let metadata: String
    package let wires: String
    package let diagnostics: String
    package let ingestedAt: Date
    /// JSON of the analysis: `[EntityMention]`, `[Quote]`, `[NumberMention]`, `[DateMention]`.
    package let entities: String
    package let quotes: String
    package let numbers: String
    package let dates: String
    /// JSON of the sentences: `[[start, end, firstToken, endToken, paragraph], ...]`, UTF-8 offsets into `text` and
    /// indices into its tokens.
    package let sentences: String

    package init(
        id: String, sourceID: String, contentHash: String, rawHash: String?, origin: String, text: String, title: String?,
        publisher: String?, published: String?, seen: String, metadata: String, wires: String, diagnostics: String,
        ingestedAt: Date, entities: String, quotes: String, numbers: String, dates: String, sentences: String
    ) {
        self.id = id
        self.sourceID = sourceID
        self.contentHash = contentHash
        self.rawHash = rawHash
        self.origin = origin
        self.text = text
        self.title = title
        self.publisher = publisher
        self.published = published
        self.seen = seen
        self.metadata = metadata
        self.wires = wires
        self.diagnostics = diagnostics
        self.ingestedAt = ingestedAt
        self.entities = entities
        self.quotes = quotes
        self.numbers = numbers
        self.dates = dates
        self.sentences = sentences
    }

    /// The row of an analyzed article stored under `key` at `ingestedAt`.
    package init(_ article: AnalyzedArticle, key: ArticleKey, ingestedAt: Date) throws {
        let metadata = article.article.metadata
        self.init(
            id: article.id.rawValue, sourceID: key.sourceID.rawValue, contentHash: key.contentHash, rawHash: key.rawHash,
            origin: article.article.origin, text: article.article.text, title: metadata.title,
            publisher: metadata.publisher, published: metadata.published?.description,
            seen: (metadata.published ?? Self.day(of: ingestedAt)).description,
            metadata: try JSONColumn.encode(metadata), wires: try JSONColumn.encode(article.article.wires),
            diagnostics: try JSONColumn.encode(article.article.diagnostics), ingestedAt: ingestedAt,
            entities: try JSONColumn.encode(article.entities), quotes: try JSONColumn.encode(article.quotes),
            numbers: try JSONColumn.encode(article.numbers), dates: try JSONColumn.encode(article.dates),
            sentences: try Self.encode(article.sentences))
    }

    /// The sentences column of these sentences.
    package static func encode(_ sentences: [Sentence]) throws -> String {
        try JSONColumn.encode(sentences.map { [$0.span.start, $0.span.end, $0.tokens.lowerBound, $0.tokens.upperBound, $0.paragraph] })
    }

    /// The key of the article's outlet (`Outlet`), which the stores keep in a column so that SQL counts a story's
    /// sources as the brief does.
    package var outlet: String { Self.outlet(id: id, publisher: publisher, metadata: metadata) }

    /// The outlet key of a stored article from its columns: the URL comes from the metadata's JSON.
    package static func outlet(id: String, publisher: String?, metadata: String) -> String {
        let url = (try? JSONColumn.decode(ArticleMetadata.self, from: metadata))?.url
        return Outlet(publisher: publisher, url: url, article: ArticleID(id)).key
    }

    /// The analyzed article again: its stored analysis, and its tokens from the tokenizer. A column that cannot be
    /// read is an error naming `location` (the store, or where the rows came from), the article and the column.
    package func analyzed(in location: String) throws -> AnalyzedArticle {
        func damaged(_ column: String, _ reason: String) -> StoreError {
            StoreError(file: location, reason: "article \(id) has a damaged row: column \(column): \(reason)")
        }
        func decode<Value: Decodable>(_ column: String, _ text: String, as type: Value.Type) throws -> Value {
            do { return try JSONColumn.decode(type, from: text) } catch { throw damaged(column, "\(error)") }
        }
        let articleID = ArticleID(id)
        let article = Article(
            id: articleID, origin: origin, text: text,
            metadata: try decode("metadata", metadata, as: ArticleMetadata.self),
            wires: try decode("wires", wires, as: [WireCredit].self),
            diagnostics: try decode("diagnostics", diagnostics, as: [Diagnostic].self))
        let tokens = Tokenizer().tokenize(text)
        let sentences = try decode("sentences", self.sentences, as: [[Int]].self).enumerated().map { number, values in
            guard values.count == 5, 0 <= values[0], values[0] <= values[1], values[1] <= text.utf8.count,
                  0 <= values[2], values[2] <= values[3], values[3] <= tokens.count, values[4] >= 0
            else { throw damaged("sentences", "sentence \(number + 1), \(values), does not fit the text") }
            return Sentence(
                span: TextSpan(article: articleID, start: values[0], end: values[1]), tokens: values[2]..<values[3],
                paragraph: values[4])
        }
        return AnalyzedArticle(
            article: article, tokens: tokens, sentences: sentences,
            entities: try decode("entities", entities, as: [EntityMention].self),
            quotes: try decode("quotes", quotes, as: [Quote].self),
            numbers: try decode("numbers", numbers, as: [NumberMention].self),
            dates: try decode("dates", dates, as: [DateMention].self))
    }

    /// The sentences column of an article stored before sentences were: its text split with the default settings,
    /// the only ones a build has offered.
    package static func sentencesSplitByDefault(id: String, text: String) throws -> String {
        try encode(TextSegmenter().segment(text, article: ArticleID(id)).sentences)
    }

    /// The UTC calendar day of a moment.
    static func day(of date: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
