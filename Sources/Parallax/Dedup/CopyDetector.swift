import Sketch

/// Finds which articles copy or rewrite which: exact copies, near-duplicates (MinHash + LSH, then exact Jaccard)
/// and rewrites (shared passages), each oriented from the copy to its original.
package struct CopyDetector: Sendable {
    package let configuration: Configuration
    /// The MinHash banding that finds near-duplicate candidates.
    let nearDuplicateBanding: LSHParameters

    package init(configuration: Configuration = .default) {
        self.configuration = configuration
        nearDuplicateBanding = Self.nearDuplicateBanding(configuration)
    }

    /// Every copy relation among the articles, sorted by copy then original; one relation per pair at most.
    package func relations(among articles: [AnalyzedArticle]) -> [CopyRelation] {
        relations(among: articles.map(features(of:)))
    }

    /// What copy detection compares of one article.
    package func features(of article: AnalyzedArticle) -> CopyFeatures {
        CopyFeatures(article, configuration: configuration)
    }

    /// Every copy relation among the articles whose features these are (made by this detector's configuration).
    package func relations(among features: [CopyFeatures]) -> [CopyRelation] {
        var related = Set<Pair>()
        var relations: [CopyRelation] = []

        func record(_ i: Int, _ j: Int, _ kind: CopyRelation.Kind, _ jaccard: Double) {
            let pair = Pair(i, j)
            guard related.insert(pair).inserted else { return }
            let (copy, original) = orient(features[i], features[j])
            relations.append(CopyRelation(copy: copy, original: original, kind: kind, jaccard: jaccard))
        }

        var firstWithKey: [ExactKey: [Int]] = [:]
        for (index, feature) in features.enumerated() {
            for earlier in firstWithKey[feature.exactKey, default: []] { record(earlier, index, .exact, 1) }
            firstWithKey[feature.exactKey, default: []].append(index)
        }

        var index = LSHIndex<Int>(parameters: nearDuplicateBanding)
        for (position, feature) in features.enumerated() {
            for candidate in index.query(feature.signature) where !related.contains(Pair(candidate, position)) {
                let jaccard = feature.jaccard(features[candidate])
                if jaccard >= configuration.nearDuplicateJaccard { record(candidate, position, .nearDuplicate, jaccard) }
            }
            index.insert(position, feature.signature)
        }

        var postings: [UInt64: [Int]] = [:]
        for (position, feature) in features.enumerated() {
            var shared: [Int: Int] = [:]
            for gram in feature.grams {
                guard let list = postings[gram], list.count <= configuration.maximumGramFrequency else { continue }
                for other in list { shared[other, default: 0] += 1 }
            }
            for (other, count) in shared.sorted(by: { $0.key < $1.key }) where !related.contains(Pair(other, position)) {
                let smaller = min(feature.grams.count, features[other].grams.count)
                guard count >= configuration.minimumSharedGrams, smaller > 0,
                      Double(count) / Double(smaller) >= configuration.rewriteContainment else { continue }
                record(other, position, .rewrite, feature.jaccard(features[other]))
            }
            for gram in feature.grams { postings[gram, default: []].append(position) }
        }
        return relations.sorted { ($0.copy, $0.original) < ($1.copy, $1.original) }
    }

    /// Whether a stored article is a copy of `article` close enough to belong to its story: an exact copy, or a
    /// near-duplicate (it shares one of the article's MinHash band keys, among `sharedKeys`, and their shingle
    /// Jaccard reaches `nearDuplicateJaccard`). These are the pairs `relations(among:)` reports as `.exact` or
    /// `.nearDuplicate`, which the batch clusterer forces into one story; rewrites share too little to decide a
    /// story. The store finds the candidates by the keys of `sketch`, the article's `sketch(of:)`, and decides
    /// with this.
    package func joinsStory(
        _ article: CopyFeatures, sketch: CopySketch, storedText text: String, sharedKeys: Set<UInt64>
    ) -> Bool {
        if ExactKey(text: text, seed: configuration.seed) == article.exactKey { return true }
        guard sketch.bandKeys.contains(where: sharedKeys.contains) else { return false }
        let hashes = CopyFeatures.wordHashes(Tokenizer().tokenize(text), configuration: configuration)
        return article.jaccard(CopyFeatures.shingles(ofWordHashes: hashes, configuration: configuration))
            >= configuration.nearDuplicateJaccard
    }

    /// The copy features of a stored article from its id and text alone (what copy detection reads of it).
    package func features(id: ArticleID, text: String) -> CopyFeatures {
        let article = Article(id: id, origin: id.rawValue, text: text, metadata: ArticleMetadata())
        return features(of: AnalyzedArticle(
            article: article, tokens: Tokenizer().tokenize(text), sentences: [], entities: [], quotes: [], numbers: [], dates: []))
    }

    /// The MinHash estimate of two articles' shingle Jaccard, as the LSH index sees it (exact: `CopyRelation.jaccard`).
    package func estimatedJaccard(_ a: AnalyzedArticle, _ b: AnalyzedArticle) -> Double {
        CopyFeatures(a, configuration: configuration).signature.jaccard(CopyFeatures(b, configuration: configuration).signature)
    }

    /// The maximal runs of words (at least `passageGramSize` long) that both articles contain, in `a`'s order.
    package func sharedPassages(_ a: AnalyzedArticle, _ b: AnalyzedArticle) -> [SharedPassage] {
        PassageAligner(gramSize: configuration.passageGramSize, seed: configuration.seed).passages(a, b)
    }

    /// Which of two related articles is the copy: the later one, else the one mostly contained in the other,
    /// else the one crediting a wire (it took the wire's text), else the one with the larger id.
    func orient(_ a: CopyFeatures, _ b: CopyFeatures) -> (copy: ArticleID, original: ArticleID) {
        let first = a.article.article, second = b.article.article
        if let dateA = first.metadata.published, let dateB = second.metadata.published, dateA != dateB {
            return dateA < dateB ? (second.id, first.id) : (first.id, second.id)
        }
        let common = Double(a.grams.intersection(b.grams).count)
        if !a.grams.isEmpty && !b.grams.isEmpty {
            let containedA = common / Double(a.grams.count), containedB = common / Double(b.grams.count)
            if abs(containedA - containedB) >= 0.1 {
                return containedA > containedB ? (first.id, second.id) : (second.id, first.id)
            }
        }
        if first.wires.isEmpty != second.wires.isEmpty {
            return first.wires.isEmpty ? (second.id, first.id) : (first.id, second.id)
        }
        return first.id < second.id ? (second.id, first.id) : (first.id, second.id)
    }
}
