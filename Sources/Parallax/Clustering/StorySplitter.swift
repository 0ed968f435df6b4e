/// Tests whether a story's members form two events: each member is linked to its `neighbors` most similar members
/// (cosine of their sketches, TF-IDF, unit length), and the story splits when these links leave at least two
/// separate sets of at least `minimumHalf` members each. The two largest sets are the halves; members of smaller
/// sets join the half whose centroid is nearer.
///
/// A stream puts the first article of a second event into the story of a first event of the same kind (two
/// trials, two earthquakes) when they share the topic's words. The two events' centroids can stay alike (the topic's
/// words are most of each), but an article's nearest articles are its own event's: reports of one happening share
/// its names, numbers and wording, so the links stay within each event and the sets fall apart.
package struct StorySplitter: Sendable {
    package let configuration: Configuration

    package init(configuration: Configuration) { self.configuration = configuration }

    /// For each sketch, whether it goes to the second half; nil when the story stays whole.
    func split(_ sketches: [MemberSketch], idf: (UInt32) -> Double) -> [Bool]? {
        guard configuration.isEnabled, sketches.count >= configuration.minimumMembers,
              Double(sketches.lazy.filter(\.isLong).count) >= configuration.longShare * Double(sketches.count)
        else { return nil }
        let (vectors, width) = Self.unitVectors(sketches, idf: idf)
        let sets = Self.linkedSets(vectors, width: width, neighbors: configuration.neighbors)
        guard sets.count >= 2, sets[1].count >= configuration.minimumHalf else { return nil }
        var labels = [Bool](repeating: false, count: vectors.count)
        for member in sets[1] { labels[member] = true }
        guard sets.count > 2 else { return labels }
        let (first, second) = (Self.centroid(sets[0], vectors, width), Self.centroid(sets[1], vectors, width))
        for set in sets.dropFirst(2) {
            for member in set { labels[member] = Self.dot(vectors[member], second) > Self.dot(vectors[member], first) }
        }
        return labels
    }

    /// The unit-length centroid of some members' vectors, dense over the `width` local terms.
    private static func centroid(_ members: [Int], _ vectors: [[(Int, Double)]], _ width: Int) -> [Double] {
        var sum = [Double](repeating: 0, count: width)
        for member in members { add(vectors[member], to: &sum) }
        return unit(sum)
    }

    /// The sets of members that the links to each member's `neighbors` most similar members join (ties to the earlier
    /// member), largest first, ties to the set with the earlier first member.
    private static func linkedSets(_ vectors: [[(Int, Double)]], width: Int, neighbors: Int) -> [[Int]] {
        let count = vectors.count
        var similarity = [Double](repeating: 0, count: count * count)
        var dense = [Double](repeating: 0, count: width)
        for member in 0..<count {
            for (index, weight) in vectors[member] { dense[index] = weight }
            for other in (member + 1)..<count {
                let value = dot(vectors[other], dense)
                similarity[member * count + other] = value
                similarity[other * count + member] = value
            }
            for (index, _) in vectors[member] { dense[index] = 0 }
        }
        var links = DisjointSets(count: count)
        for member in 0..<count {
            for other in nearest(neighbors, of: member, similarity[(member * count)..<((member + 1) * count)]) {
                links.join(member, other)
            }
        }
        var sets: [Int: [Int]] = [:]
        for member in 0..<count { sets[links.root(member), default: []].append(member) }
        return sets.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }

    /// The `count` others of a similarity row with the largest values, ties to the earlier member.
    private static func nearest(_ count: Int, of member: Int, _ row: ArraySlice<Double>) -> [Int] {
        guard count > 0 else { return [] }
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for (other, value) in zip(0..., row) where other != member {
            guard best.count < count || value > row[row.startIndex + best[best.count - 1]] else { continue }
            var position = best.count
            while position > 0 && value > row[row.startIndex + best[position - 1]] { position -= 1 }
            best.insert(other, at: position)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    /// Each sketch as sparse unit TF-IDF (local index, weight) pairs over the union of their terms, and the union's size.
    private static func unitVectors(_ sketches: [MemberSketch], idf: (UInt32) -> Double) -> ([[(Int, Double)]], Int) {
        var local: [UInt32: Int] = [:]
        let vectors = sketches.map { sketch -> [(Int, Double)] in
            var vector = sketch.terms.map { entry -> (Int, Double) in
                let index = local[entry.term] ?? local.count
                local[entry.term] = index
                return (index, Double(entry.sum) * idf(entry.term))
            }
            let norm = vector.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { for position in vector.indices { vector[position].1 /= norm } }
            return vector
        }
        return (vectors, local.count)
    }

    private static func dot(_ sparse: [(Int, Double)], _ dense: [Double]) -> Double {
        sparse.reduce(0) { $0 + $1.1 * dense[$1.0] }
    }

    private static func add(_ sparse: [(Int, Double)], to dense: inout [Double]) {
        for (index, weight) in sparse { dense[index] += weight }
    }

    private static func unit(_ dense: [Double]) -> [Double] {
        let norm = dense.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? dense.map { $0 / norm } : dense
    }
}
