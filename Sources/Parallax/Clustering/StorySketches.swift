/// The sketches of one story's members in member order, packed into flat arrays (one allocation per array per
/// story, weights in 16 bits), so keeping them costs about 200 bytes a member.
struct StorySketches: Sendable, Hashable {
    /// Per member, where its terms end in `terms` and `weights`.
    private(set) var ends: [UInt16] = []
    /// Per member, whether it is longer than a headline.
    private(set) var isLong: [Bool] = []
    /// Term ids, sorted within each member.
    private(set) var terms: [UInt32] = []
    /// Unit-vector weights in 1/65535 steps.
    private(set) var weights: [UInt16] = []

    init() {}

    /// One member's sketch: its terms (sorted by id, weights of a unit vector) and whether it is long.
    init(_ terms: [CentroidTerm], isLong: Bool) { append(terms, isLong: isLong) }

    /// The members' sketches packed, in their order (the inverse of `sketches(members:)`).
    init(_ members: [MemberSketch]) {
        for sketch in members { append(sketch.terms, isLong: sketch.isLong) }
    }

    var count: Int { ends.count }

    /// The bytes its four arrays hold (heap headers counted as 32 bytes).
    var bytes: Int {
        [ends.capacity * 2, isLong.capacity, terms.capacity * 4, weights.capacity * 2].reduce(0) { $0 + ($1 > 0 ? 32 + $1 : 0) }
    }

    mutating func append(_ sketch: [CentroidTerm], isLong long: Bool) {
        for entry in sketch {
            terms.append(entry.term)
            weights.append(UInt16((min(max(entry.sum, 0), 1) * 65535).rounded()))
        }
        ends.append(UInt16(terms.count))
        isLong.append(long)
    }

    mutating func append(contentsOf other: StorySketches) {
        let offset = UInt16(terms.count)
        ends += other.ends.map { $0 + offset }
        isLong += other.isLong
        terms += other.terms
        weights += other.weights
    }

    /// The members' sketches, given the story's member ordinals in the same order.
    func sketches(members: [Int32]) -> [MemberSketch] {
        var start = 0
        return zip(members, zip(ends, isLong)).map { member, entry in
            let end = Int(entry.0)
            defer { start = end }
            let kept = (start..<end).map { CentroidTerm(term: terms[$0], sum: Float(weights[$0]) / 65535) }
            return MemberSketch(member: member, terms: kept, isLong: entry.1)
        }
    }

    /// The `count` terms of a vector whose weight times `rank` (the idf) is largest (`StoryIndex.heaviestEntries`),
    /// with their own weights, in id order: the idf picks the telling terms, and is applied again when compared.
    static func heaviest(_ vector: [(id: UInt32, weight: Double)], count: Int, rank: (UInt32) -> Double) -> [CentroidTerm] {
        let kept = Set(StoryIndex.heaviestEntries(vector.map { ($0.id, $0.weight * rank($0.id)) }, count: count).map(\.id))
        return vector.filter { kept.contains($0.id) }.sorted { $0.id < $1.id }.map { CentroidTerm(term: $0.id, sum: Float($0.weight)) }
    }

    /// Rebuilds packed sketches from their parts, as a snapshot holds them; nil when they do not fit together.
    static func restored(ends: [UInt16], isLong: [Bool], terms: [UInt32], weights: [UInt16]) -> StorySketches? {
        guard ends.count == isLong.count, terms.count == weights.count, ends.last.map({ Int($0) == terms.count }) ?? terms.isEmpty,
              zip(ends, ends.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        var sketches = StorySketches()
        sketches.ends = ends
        sketches.isLong = isLong
        sketches.terms = terms
        sketches.weights = weights
        return sketches
    }
}
