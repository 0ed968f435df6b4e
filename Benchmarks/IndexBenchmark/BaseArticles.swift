import Foundation
import Parallax

/// The real articles the synthetic stream is made from: ECB+ documents and MultiLing source texts, analyzed once.
enum BaseArticles {
    static func load(ecbPlus: String, multiLing: String) -> [ArticleFeatures] {
        var texts: [(String, String)] = []
        let manager = FileManager.default
        let docs = URL(fileURLWithPath: ecbPlus).appendingPathComponent("docs")
        for folder in ((try? manager.contentsOfDirectory(atPath: docs.path)) ?? []).sorted() {
            let sub = docs.appendingPathComponent(folder)
            for name in ((try? manager.contentsOfDirectory(atPath: sub.path)) ?? []).sorted() where name.hasSuffix(".json") {
                guard let data = try? Data(contentsOf: sub.appendingPathComponent(name)),
                      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                let title = object["title"] as? String ?? "", body = object["text"] as? String ?? ""
                texts.append((name, title.isEmpty ? body : title + "\n\n" + body))
            }
        }
        let sources = URL(fileURLWithPath: multiLing)
        for name in ((try? manager.contentsOfDirectory(atPath: sources.path)) ?? []).sorted() where !name.hasPrefix(".") {
            if let text = try? String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8) { texts.append((name, text)) }
        }
        let segmenter = TextSegmenter()
        return texts.map { name, text in
            let id = ArticleID(name)
            let segmentation = segmenter.segment(text, article: id)
            let analyzed = AnalyzedArticle(
                article: Article(id: id, origin: name, text: text, metadata: ArticleMetadata()),
                tokens: segmentation.tokens, sentences: segmentation.sentences, entities: [], quotes: [], numbers: [], dates: [])
            return ArticleFeatures(analyzed)
        }
    }
}
