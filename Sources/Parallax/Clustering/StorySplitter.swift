/// Tests whether a story's members form two events: a 2-means over their sketches (TF-IDF, unit length), seeded
/// with the member least like the story and the member least like that one; the story splits when the halves'
/// centroids are less alike than `below` and each half has at least `minimumHalf` members.
///
/// A stream puts the first article of a second event into the story of a first event of the same kind (two
/// trials, two earthquakes) when they share the topic's words; with a few articles of each, the two sets of
/// names and details pull the members apart.
public struct StorySplitter: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    /// For each sketch, whether it goes to the second half; nil when the story stays whole.
    func split(_ sketches: [MemberSketch], idf: (UInt32) -> Double) -> [Bool]? {
        guard sketches.count >= configuration.minimumMembers,
              Double(sketches.lazy.filter(\.isLong).count) >= configuration.longShare * Double(sketches.count)
        else { return nil }
        let (vectors, width) = Self.unitVectors(sketches, idf: idf)
        var total = [Double](repeating: 0, count: width)
        for vector in vectors { Self.add(vector, to: &total) }
        let first = Self.argmin(vectors) { Self.dot($0, total) }
        let firstSeed = Self.densify(vectors[first], width)
        let second = Self.argmin(vectors) { Self.dot($0, firstSeed) }
        var sums = (firstSeed, Self.densify(vectors[second], width))
        var labels: [Bool]?
        for _ in 0 ..< 10 {
            let (a, b) = (Self.unit(sums.0), Self.unit(sums.1))
            let next = vectors.map { Self.dot($0, b) > Self.dot($0, a) }
            if next == labels { break }
            labels = next
            sums = ([Double](repeating: 0, count: width), [Double](repeating: 0, count: width))
            for (vector, second) in zip(vectors, next) {
                if second { Self.add(vector, to: &sums.1) } else { Self.add(vector, to: &sums.0) }
            }
        }
        guard let labels else { return nil }
        let secondCount = labels.lazy.filter { $0 }.count
        guard min(secondCount, labels.count - secondCount) >= configuration.minimumHalf else { return nil }
        let (a, b) = (Self.unit(sums.0), Self.unit(sums.1))
        let alike = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
        return alike < configuration.below ? labels : nil
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

    private static func argmin(_ vectors: [[(Int, Double)]], _ score: ([(Int, Double)]) -> Double) -> Int {
        var best = (index: 0, score: Double.infinity)
        for (index, vector) in vectors.enumerated() {
            let value = score(vector)
            if value < best.score { best = (index, value) }
        }
        return best.index
    }

    private static func dot(_ sparse: [(Int, Double)], _ dense: [Double]) -> Double {
        sparse.reduce(0) { $0 + $1.1 * dense[$1.0] }
    }

    private static func densify(_ sparse: [(Int, Double)], _ width: Int) -> [Double] {
        var dense = [Double](repeating: 0, count: width)
        add(sparse, to: &dense)
        return dense
    }

    private static func add(_ sparse: [(Int, Double)], to dense: inout [Double]) {
        for (index, weight) in sparse { dense[index] += weight }
    }

    private static func unit(_ dense: [Double]) -> [Double] {
        let norm = dense.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? dense.map { $0 / norm } : dense
    }
}
