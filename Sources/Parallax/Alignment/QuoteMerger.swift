/// Merges the same quotation across sources, names its speaker by the story's entities, and reports sources
/// that put the same words in different mouths.
struct QuoteMerger: Sendable {
    let containment: Double
    /// Quotations shorter than this must match exactly: two words in common say little.
    let minWordsForOverlap = 3

    struct Result: Sendable {
        let quotes: [StoryQuote]
        /// Groups of occurrences whose speakers disagree: each distinct speaker with its first occurrence.
        let disputed: [[(speaker: String, quote: Quote)]]
    }

    func merge(_ articles: [AnalyzedArticle], entities: [StoryEntity]) -> Result {
        // Each group keeps its words' set too, so comparing a quotation with every group builds no sets.
        // Words are interned to ids: equal words, equal ids, and ids hash and compare faster.
        var groups: [(words: [Int], wordSet: Set<Int>, occurrences: [Quote])] = []
        var wordID: [String: Int] = [:]
        // Word id → the groups (ascending) whose words held it.
        var groupsWithWord: [[Int]] = []
        // Word id → the groups filed under it as one of their few rarest words (see `candidates`).
        var groupsFiledUnder: [[Int]] = []
        for article in articles {
            for quote in article.quotes {
                let words = Self.words(quote.text).map { word in
                    if let id = wordID[word] { return id }
                    wordID[word] = wordID.count
                    groupsWithWord.append([])
                    groupsFiledUnder.append([])
                    return wordID.count - 1
                }
                guard !words.isEmpty else { continue }
                let wordSet = Set(words)
                let candidates = containment > 0
                    ? candidates(for: words, wordSet, groupsWithWord: groupsWithWord, groupsFiledUnder: groupsFiledUnder)
                    : Array(groups.indices)
                let group: Int
                var filed = false
                if let index = candidates.first(where: { same(words, wordSet, groups[$0].words, groups[$0].wordSet) }) {
                    groups[index].occurrences.append(quote)
                    if words.count > groups[index].words.count {
                        (groups[index].words, groups[index].wordSet) = (words, wordSet)
                        filed = true
                    }
                    group = index
                } else {
                    groups.append((words, wordSet, [quote]))
                    group = groups.count - 1
                    filed = true
                }
                for word in wordSet where groupsWithWord[word].last != group { groupsWithWord[word].append(group) }
                if filed {
                    for word in rarest(wordSet, count: allowedMisses(words.count) + 1, by: groupsWithWord)
                    where groupsFiledUnder[word].last != group {
                        groupsFiledUnder[word].append(group)
                    }
                }
            }
        }
        var quotes: [StoryQuote] = []
        var disputed: [[(speaker: String, quote: Quote)]] = []
        // Speakers recur across quotations: each name is looked up among the entities once.
        var nameOfSpeaker: [String: String] = [:]
        for group in groups {
            var votes: [String: Int] = [:]
            var firstQuote: [String: Quote] = [:]
            var order: [String] = []
            for occurrence in group.occurrences {
                guard let said = occurrence.speaker else { continue }
                let speaker = nameOfSpeaker[said] ?? name(of: said, entities: entities)
                nameOfSpeaker[said] = speaker
                votes[speaker, default: 0] += 1
                if firstQuote[speaker] == nil {
                    firstQuote[speaker] = occurrence
                    order.append(speaker)
                }
            }
            // Majority; the first named speaker breaks ties.
            let speaker = order.max { votes[$0]! < votes[$1]! || (votes[$0]! == votes[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
            let speakingArticles = Set(order.map { firstQuote[$0]!.span.article })
            if order.count > 1, speakingArticles.count > 1 {
                disputed.append(order.map { ($0, firstQuote[$0]!) })
            }
            let longest = group.occurrences.max { $0.text.utf8.count < $1.text.utf8.count }!
            quotes.append(StoryQuote(speaker: speaker, text: longest.text, occurrences: group.occurrences))
        }
        return Result(quotes: quotes, disputed: disputed)
    }

    /// Every group the quotation could join, ascending, without comparing it with each group that shares a
    /// common word. Joining needs `containment` of the shorter side's words on the other side, so the shorter
    /// side misses at most `allowedMisses` of its distinct words, and any `allowedMisses + 1` of them include
    /// one the longer side holds. When the quotation is the shorter, a group that can take it holds one of
    /// the quotation's rarest `allowedMisses + 1` words; when the group is, the quotation holds one of the words
    /// the group was filed under. (A prefix filter, as in set-similarity joins.)
    private func candidates(
        for words: [Int], _ wordSet: Set<Int>, groupsWithWord: [[Int]], groupsFiledUnder: [[Int]]
    ) -> [Int] {
        var found = Set<Int>()
        for word in rarest(wordSet, count: allowedMisses(words.count) + 1, by: groupsWithWord) {
            found.formUnion(groupsWithWord[word])
        }
        for word in wordSet { found.formUnion(groupsFiledUnder[word]) }
        return found.sorted()
    }

    /// How many of its words a quotation of `count` words may lack on the other side and still be contained.
    private func allowedMisses(_ count: Int) -> Int {
        // A hair above the exact bound, so rounding can only add a candidate, never lose one.
        count < minWordsForOverlap ? 0 : Int((Double(count) * (1 - containment) + 1e-9).rounded(.down))
    }

    /// The `count` words held by the fewest groups (ties by id, so the choice is deterministic).
    private func rarest(_ words: Set<Int>, count: Int, by groupsWithWord: [[Int]]) -> [Int] {
        Array(words.sorted { (groupsWithWord[$0].count, $0) < (groupsWithWord[$1].count, $1) }.prefix(count))
    }

    /// The story entity a speaker's name belongs to, or the name itself.
    private func name(of speaker: String, entities: [StoryEntity]) -> String {
        let bare = EntityMerger.withoutPossessive(speaker)
        let candidates = entities.filter { $0.kind == .person || $0.kind == .other }
        if let exact = candidates.first(where: { $0.aliases.contains(bare) || $0.name == bare }) { return exact.name }
        return candidates.first { NameMatcher.sameEntity($0.name, bare) }?.name ?? bare
    }

    private func same(_ a: [Int], _ aSet: Set<Int>, _ b: [Int], _ bSet: Set<Int>) -> Bool {
        if a == b { return true }
        guard min(a.count, b.count) >= minWordsForOverlap else { return false }
        let (short, long) = a.count <= b.count ? (a, bSet) : (b, aSet)
        let shared = short.filter { long.contains($0) }.count
        return Double(shared) / Double(short.count) >= containment
    }

    /// Lowercased words of letters and digits; quotation marks and punctuation differ between outlets.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
