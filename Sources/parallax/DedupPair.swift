import Foundation
import Parallax

/// One related pair as `parallax dedup` prints it.
struct DedupPair: Encodable {
    /// A passage both articles contain, as a span in each.
    struct Passage: Encodable {
        let copy: TextSpan
        let original: TextSpan
        let words: Int
        let text: String
    }

    let relation: CopyRelation
    let estimatedJaccard: Double
    let passages: [Passage]

    static func json(_ pairs: [DedupPair]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(pairs), as: UTF8.self) + "\n"
    }

    static func text(_ pairs: [DedupPair], articles: Int) -> String {
        var lines = ["\(pairs.count) related pair\(pairs.count == 1 ? "" : "s") among \(articles) articles"]
        for pair in pairs {
            let relation = pair.relation
            lines.append("")
            lines.append("\(relation.kind.rawValue): \(relation.copy) copies \(relation.original)")
            lines.append(String(format: "  Jaccard %.3f exact, %.3f MinHash estimate", relation.jaccard, pair.estimatedJaccard))
            for passage in pair.passages {
                let flat = passage.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                let excerpt = flat.count > 100 ? String(flat.prefix(100)) + "…" : flat
                lines.append("  \(passage.words) words, \(passage.copy.start)-\(passage.copy.end) ↔ \(passage.original.start)-\(passage.original.end): \(excerpt)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
