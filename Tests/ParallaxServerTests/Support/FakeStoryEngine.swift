import Foundation
import Parallax
@testable import ParallaxServer

/// A tiny stand-in for the pipeline: plain text as is, stories by the title's first word, the first sentence of
/// each article as its statement. Enough to exercise the server without depending on the real stages.
struct FakeStoryEngine: StoryEngine {
    func run(_ documents: [RawDocument]) -> StoryEngineResult {
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            let text = String(decoding: document.bytes, as: UTF8.self)
            if text.trimmingCharacters(in: .whitespacesAndNewlines) == "empty" {
                diagnostics.append(Diagnostic(.error, origin: document.origin, message: "no main text"))
                continue
            }
            articles.append(Article(id: document.id, origin: document.origin, text: text, metadata: document.declared))
        }
        var groups: [String: [Article]] = [:]
        for article in articles {
            let key = article.metadata.title?.split(separator: " ").first.map { $0.lowercased() } ?? article.id.rawValue
            groups[key, default: []].append(article)
        }
        let briefs = groups.keys.sorted().map { brief(groups[$0]!.sorted { $0.id < $1.id }) }
        return StoryEngineResult(articles: articles, briefs: briefs, diagnostics: diagnostics)
    }

    private func brief(_ articles: [Article]) -> Brief {
        let statements = articles.map { article -> Statement in
            let utf8 = Array(article.text.utf8)
            let end = (utf8.firstIndex(of: UInt8(ascii: ".")).map { $0 + 1 }) ?? utf8.count
            return Statement(
                span: TextSpan(article: article.id, start: 0, end: end),
                text: String(decoding: utf8[..<end], as: UTF8.self))
        }
        let sources = articles.map {
            BriefSource(
                article: $0.id, origin: $0.origin, title: $0.metadata.title, publisher: $0.metadata.publisher,
                url: $0.metadata.url, published: $0.metadata.published, wires: [], copyOf: nil)
        }
        let fact = Fact(statements: statements, sourceCount: statements.count)
        return Brief(
            story: StoryID("s-" + articles[0].id.rawValue),
            headline: articles[0].metadata.title ?? "Untitled",
            summary: [SummarySentence(text: statements[0].text, citations: statements.map(\.span))],
            agreement: statements.count > 1 ? [fact] : [], uniqueFacts: statements.count == 1 ? [fact] : [],
            conflicts: [], quotes: [], entities: [], timeline: [], copies: [], sources: sources)
    }
}
