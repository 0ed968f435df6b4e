/// A cosine taken three ways: over all terms, over names and numbers only, and over the other (topic) words only.
struct SplitSimilarity {
    var full: Double
    var entity: Double
    var content: Double

    /// From the dot products and norms of the two parts; a part empty on either side has cosine 0.
    init(entityDot: Double, contentDot: Double, entityNorms: (Double, Double), contentNorms: (Double, Double)) {
        let fullNorm = ((entityNorms.0 * entityNorms.0 + contentNorms.0 * contentNorms.0)
            * (entityNorms.1 * entityNorms.1 + contentNorms.1 * contentNorms.1)).squareRoot()
        full = fullNorm > 0 ? (entityDot + contentDot) / fullNorm : 0
        let entityProduct = entityNorms.0 * entityNorms.1
        entity = entityProduct > 0 ? entityDot / entityProduct : 0
        let contentProduct = contentNorms.0 * contentNorms.1
        content = contentProduct > 0 ? contentDot / contentProduct : 0
    }

    /// The full cosine moved towards one part's cosine by `share` (0 keeps the full cosine).
    func blended(towards part: Double, share: Double) -> Double { (1 - share) * full + share * part }
}
