/// One term of a story centroid: the interned term and the sum of its length-normalized frequency over members.
public struct CentroidTerm: Sendable, Hashable {
    public var term: UInt32
    public var sum: Float

    public init(term: UInt32, sum: Float) {
        self.term = term
        self.sum = sum
    }
}
