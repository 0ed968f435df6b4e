import Parallax
import StreamGenerator

/// An endless, seeded stream of articles about many distinct stories, made by perturbing real articles.
///
/// A story takes one real article (60 % of its topic words and 40 % of another's), renames each of its names (entity terms) with probability `renameShare` to a
/// generated name drawn Zipf-like from a large space (frequent names recur across stories, most are rare), and
/// each of its articles keeps a random ~70 % of the story's terms with jittered weights plus a few terms of
/// another real article. Story sizes follow a Pareto law (mean about 3); `activeStories` run interleaved.
struct SyntheticStream {
    private struct ActiveStory {
        let terms: [(String, Double)]
        let entities: Set<String>
        var remaining: Int
    }

    let base: [ArticleFeatures]
    private let sortedBase: [[(String, Double)]]
    private var random: SplitMix64
    private var active: [ActiveStory] = []
    private var produced = 0
    var renameShare = 0.8
    var keepShare = 0.7
    var contentShare = 0.6
    var nameSpace = 20_000_000
    var activeStories = 300

    init(base: [ArticleFeatures], seed: UInt64) {
        self.base = base
        sortedBase = base.map { $0.terms.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        random = SplitMix64(seed: seed)
    }

    /// A generated lower-case name for a Zipf rank.
    private static func name(_ rank: Int) -> String {
        var value = rank, letters: [UInt8] = [UInt8(ascii: "q")]
        repeat {
            letters.append(UInt8(ascii: "a") + UInt8(value % 26))
            value /= 26
        } while value > 0
        return String(decoding: letters, as: UTF8.self)
    }

    private mutating func newStory() -> ActiveStory {
        let source = Int(random.next() % UInt64(base.count))
        var renamed: [String: String] = [:]
        var terms: [(String, Double)] = []
        var entities = Set<String>()
        for (term, weight) in sortedBase[source] {
            var name = term
            if base[source].entities.contains(term) {
                if random.unit() < renameShare { name = renamed[term] ?? Self.name(random.zipf(nameSpace)) }
                renamed[term] = name
                entities.insert(name)
            } else if random.unit() >= contentShare {
                continue
            }
            terms.append((name, weight))
        }
        // Topic words of a second article, so two stories made from one article differ in more than their names.
        let second = Int(random.next() % UInt64(base.count))
        for (term, weight) in sortedBase[second] where !base[second].entities.contains(term) && random.unit() < 1 - contentShare {
            if renamed[term] == nil { terms.append((term, weight)) }
        }
        // Pareto sizes (shape 1.5, so mean 3), at most 300 articles.
        let size = min(300, Int(1 / pow(max(random.unit(), 1e-9), 1 / 1.5)))
        return ActiveStory(terms: terms, entities: entities, remaining: size)
    }

    mutating func next() -> ArticleFeatures {
        while active.count < activeStories { active.append(newStory()) }
        let pick = Int(random.next() % UInt64(active.count))
        var terms: [String: Double] = [:]
        var entities = Set<String>()
        for (term, weight) in active[pick].terms where random.unit() < keepShare {
            terms[term] = weight * (0.7 + 0.6 * random.unit())
            if active[pick].entities.contains(term) { entities.insert(term) }
        }
        let other = sortedBase[Int(random.next() % UInt64(base.count))]
        for _ in 0..<min(5, other.count) {
            let (term, weight) = other[Int(random.next() % UInt64(other.count))]
            if terms[term] == nil { terms[term] = weight }
        }
        active[pick].remaining -= 1
        if active[pick].remaining <= 0 { active.swapAt(pick, active.count - 1); active.removeLast() }
        produced += 1
        return ArticleFeatures(id: ArticleID("b\(produced)"), published: nil, terms: terms, entities: entities)
    }
}

import Foundation
