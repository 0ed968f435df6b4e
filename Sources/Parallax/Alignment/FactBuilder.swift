/// Builds facts from grouped statements: corroborated ones (two or more outlets) and single-source ones.
struct FactBuilder: Sendable {
    let configuration: StoryAligner.Configuration

    struct Result: Sendable {
        let corroborated: [Fact]
        let unique: [Fact]
        /// For each statement unit, the number of outlets of the fact it belongs to (1 when alone).
        let support: [Int]
        /// For each statement unit, the index of its group (units of one fact share it).
        let groupOfUnit: [Int]
    }

    func build(_ input: AlignmentInput) -> Result {
        let (units, features, similarity, story) = (input.units, input.features, input.similarity, input.story)
        let eligible = units.indices.filter { units[$0].isAlignable }
        let position = Dictionary(uniqueKeysWithValues: eligible.enumerated().map { ($1, $0) })
        let pairs = input.alignablePairs.map { (position[$0.0]!, position[$0.1]!) }
        let grouper = AverageLinkGrouper(threshold: configuration.factThreshold)
        let grouping = grouper.group(articles: eligible.map { units[$0].article }, pairs: pairs) { i, j in
            similarity.factSimilarity(features[eligible[i]], features[eligible[j]])
        }
        let groups = grouping.groups.map { $0.map { eligible[$0] } }
        let restatements = Set(grouping.restatements.map { eligible[$0] })
        let outlet = Self.outlets(of: story)
        var support = Array(repeating: 1, count: units.count)
        var groupOfUnit = Array(units.indices)
        var corroborated: [(fact: Fact, first: Int)] = []
        var single: [(fact: Fact, first: Int)] = []
        for group in groups {
            let ordered = group.sorted { (units[$0].article, units[$0].statement.span.start) < (units[$1].article, units[$1].statement.span.start) }
            let sources = Set(ordered.map { outlet[units[$0].article] }).count
            for unit in ordered {
                support[unit] = sources
                groupOfUnit[unit] = ordered[0]
            }
            let fact = Fact(statements: ordered.map { units[$0].statement }, sourceCount: sources)
            if sources >= 2 {
                corroborated.append((fact, ordered[0]))
            } else if ordered.allSatisfy({ units[$0].wordCount >= configuration.minUniqueWords && !restatements.contains($0) }) {
                single.append((fact, ordered[0]))
            }
        }
        corroborated.sort { $0.fact.sourceCount != $1.fact.sourceCount ? $0.fact.sourceCount > $1.fact.sourceCount : $0.first < $1.first }
        single.sort { $0.first < $1.first }
        return Result(
            corroborated: corroborated.map(\.fact), unique: single.map(\.fact), support: support, groupOfUnit: groupOfUnit)
    }

    /// For each article, a number for the outlet it speaks for: its own outlet (`Outlet`), or a copy's original's,
    /// since a copy repeats what its original's outlet said. Articles of one outlet share a number.
    static func outlets(of story: Story) -> [Int] {
        let index = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($1.id, $0) })
        var originalOf: [Int: Int] = [:]
        for relation in story.copies {
            guard let copy = index[relation.copy], let original = index[relation.original], copy != original else { continue }
            originalOf[copy] = original
        }
        var numbers: [String: Int] = [:]
        return story.articles.indices.map { article in
            var current = article
            var steps = 0
            // Follow copy chains to their root; the step limit guards against a cycle in bad input.
            while let next = originalOf[current], steps < story.articles.count {
                current = next
                steps += 1
            }
            let key = story.articles[current].article.outlet.key
            if let number = numbers[key] { return number }
            numbers[key] = numbers.count
            return numbers.count - 1
        }
    }
}
