/// One term of a story centroid: the interned term and the sum of its length-normalized frequency over members.
package struct CentroidTerm: Sendable, Hashable {
    package var term: UInt32
    package var sum: Float

    package init(term: UInt32, sum: Float) {
        self.term = term
        self.sum = sum
    }
}
