/// A planted copy: the copy, the article it was made from, the Jaccard aimed at and the exact Jaccard reached.
public struct PlantedPair: Sendable, Hashable {
    public let copy: String
    public let original: String
    public let target: Double
    /// The exact Jaccard of the two texts' word-shingle sets (`ShingleSet`).
    public let jaccard: Double

    public init(copy: String, original: String, target: Double, jaccard: Double) {
        self.copy = copy
        self.original = original
        self.target = target
        self.jaccard = jaccard
    }
}
