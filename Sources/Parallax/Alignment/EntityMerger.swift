/// Merges each article's entity mentions into story-wide entities across spellings and partial names.
struct EntityMerger: Sendable {
    /// The merged entities, and for each article the index (into the entities) of each of its mentions.
    struct Result: Sendable {
        let entities: [StoryEntity]
        let mentionEntity: [[Int]]
    }

    private struct Group {
        /// Each name's word skeletons (interned ids) and word count, as `sameEntity` compares them.
        var names: [(skeletons: [Int], words: Int)]
        var kind: EntityKind
        var mentionCount: Int
    }

    func merge(_ articles: [AnalyzedArticle]) -> Result {
        // Distinct (canonical, kind) names, fullest and most mentioned first, so partial names find their full one.
        var counts: [String: (kind: EntityKind, count: Int)] = [:]
        for article in articles {
            for mention in article.entities {
                let name = Self.withoutPossessive(mention.canonical)
                let known = counts[name]
                counts[name] = (known?.kind == nil || known?.kind == .other ? mention.kind : known!.kind, (known?.count ?? 0) + 1)
            }
        }
        // Sort keys are worked out once per name, not once per comparison.
        let names = counts.map { (name: $0.key, words: Self.wordCount($0.key), count: $0.value.count) }.sorted {
            if $0.words != $1.words { return $0.words > $1.words }
            if $0.count != $1.count { return $0.count > $1.count }
            return $0.name < $1.name
        }.map(\.name)
        var groups: [Group] = []
        var groupOfName: [String: Int] = [:]
        // Word skeletons are interned once: names are compared with every group, and skeletons cost.
        var skeletonID: [String: Int] = [:]
        // Skeleton id → the groups (ascending) with a name holding that word. Matching names always share a
        // word, so only these groups can match.
        var groupsWithWord: [[Int]] = []
        for name in names {
            let kind = counts[name]!.kind
            let key = (
                skeletons: NameMatcher.wordSkeletons(name).map { skeleton in
                    if let id = skeletonID[skeleton] { return id }
                    skeletonID[skeleton] = groupsWithWord.count
                    groupsWithWord.append([])
                    return groupsWithWord.count - 1
                },
                words: Self.wordCount(name))
            let candidates = Set(key.skeletons.flatMap { groupsWithWord[$0] }).sorted()
            // A part of a name joins a longer one only when the longer one is a person's: "House" is not the
            // "White House", nor "Democrats" the "House Democrats".
            let matching = candidates.filter { index in
                let partial = groups[index].kind == .person && kind != .place && kind != .organization
                return Self.compatible(groups[index].kind, kind)
                    && groups[index].names.contains { Self.sameEntity($0, key, partial: partial) }
            }
            // Ambiguous partial names ("Wang" with two Wangs) join the most mentioned candidate.
            if let best = matching.max(by: { groups[$0].mentionCount < groups[$1].mentionCount || (groups[$0].mentionCount == groups[$1].mentionCount && $0 > $1) }) {
                groups[best].names.append(key)
                groups[best].mentionCount += counts[name]!.count
                if groups[best].kind == .other { groups[best].kind = kind }
                groupOfName[name] = best
            } else {
                groupOfName[name] = groups.count
                groups.append(Group(names: [key], kind: kind, mentionCount: counts[name]!.count))
            }
            let group = groupOfName[name]!
            for id in key.skeletons where groupsWithWord[id].last != group { groupsWithWord[id].append(group) }
        }
        var spans = Array(repeating: [TextSpan](), count: groups.count)
        var forms = Array(repeating: [String: Int](), count: groups.count)
        var kinds = Array(repeating: [EntityKind: Int](), count: groups.count)
        // The full name a short form stands for ("Calif." → "California", "U.S." → "United States").
        var standardName = Array(repeating: String?.none, count: groups.count)
        var mentionGroup: [[Int]] = []
        for article in articles {
            var indices: [Int] = []
            for mention in article.entities {
                let group = groupOfName[Self.withoutPossessive(mention.canonical)]!
                indices.append(group)
                spans[group].append(mention.span)
                forms[group][Self.withoutPossessive(mention.text), default: 0] += 1
                kinds[group][mention.kind, default: 0] += 1
                if NameAliases.named(by: mention.text)?.name == mention.canonical {
                    standardName[group] = min(standardName[group] ?? mention.canonical, mention.canonical)
                }
            }
            mentionGroup.append(indices)
        }
        let order = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        var entities: [StoryEntity] = []
        for group in groups.indices {
            let full = forms[group].filter { Self.wordCount($0.key) > 1 }
            let pool = full.isEmpty ? forms[group] : full
            let name = standardName[group] ?? pool.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            let kind = kinds[group].filter { $0.key != .other }
                .max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .other
            let mentions = spans[group].map { (span: $0, article: order[$0.article]!) }
                .sorted { ($0.article, $0.span.start) < ($1.article, $1.span.start) }.map(\.span)
            // Aliases are the spellings the sources use, nothing made up: a short form made from "Anna
            // Berg" would claim the "Berg" that the text gives to Tomas Berg.
            entities.append(StoryEntity(name: name, kind: kind, aliases: forms[group].keys.sorted(), mentions: mentions))
        }
        // Most mentioned first; the name breaks ties so the order never depends on hashing.
        let ranking = entities.indices.sorted {
            let (a, b) = (entities[$0], entities[$1])
            if a.mentions.count != b.mentions.count { return a.mentions.count > b.mentions.count }
            return a.name < b.name
        }
        var newIndex = Array(repeating: 0, count: entities.count)
        for (rank, old) in ranking.enumerated() { newIndex[old] = rank }
        return Result(entities: ranking.map { entities[$0] }, mentionEntity: mentionGroup.map { $0.map { newIndex[$0] } })
    }

    /// Whether two names, reduced to their word skeletons and word counts, name one entity. Spellings of one
    /// name match for every kind; a part of a name ("Berg") only when `partial` (a person's name): "Norway"
    /// is not "MFA Norway", nor "Sweden" the "Norway-Sweden Treaty".
    private static func sameEntity(_ a: (skeletons: [Int], words: Int), _ b: (skeletons: [Int], words: Int), partial: Bool) -> Bool {
        guard partial || a.words == b.words else { return false }
        return NameMatcher.sameEntity(skeletons: a.skeletons, b.skeletons)
    }

    static func compatible(_ a: EntityKind, _ b: EntityKind) -> Bool { a == b || a == .other || b == .other }

    static func wordCount(_ name: String) -> Int { name.split(separator: " ").count }

    /// "Putin’s" → "Putin": the possessive is grammar, not spelling.
    static func withoutPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s", "'", "’"] where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
