import Parallax
import ParallaxEvaluation

/// Counts, per metadata field, how many benchmark pages state it and how many the extractor matched exactly.
struct MetadataTally {
    private var stated = [0, 0, 0]
    private var matched = [0, 0, 0]

    mutating func add(_ metadata: ArticleMetadata, expected page: ExtractionBenchmark.Page) {
        let found = [
            metadata.title.map(WhitespaceCollapser.collapse),
            metadata.authors.isEmpty ? nil : WhitespaceCollapser.collapse(metadata.authors.joined(separator: "; ")),
            metadata.published.map(\.description),
        ]
        for (index, expected) in [page.title, page.author, page.date].enumerated() {
            guard let expected else { continue }
            stated[index] += 1
            if found[index] == expected { matched[index] += 1 }
        }
    }

    var summary: String {
        let names = ["title", "author", "date"]
        return (0..<3).map { index in
            let share = stated[index] == 0 ? 0 : Double(matched[index]) / Double(stated[index])
            return "metadata   \(names[index]) \(matched[index])/\(stated[index]) = \(String(format: "%.3f", share))"
        }.joined(separator: "\n")
    }
}
