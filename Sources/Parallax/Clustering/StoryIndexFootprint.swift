/// The bytes a `StoryIndex`'s own arrays hold, part by part, estimated from their counts and capacities (heap
/// headers counted as 32 bytes; allocator rounding not counted).
package struct StoryIndexFootprint: Sendable, Hashable, CustomStringConvertible {
    /// Distinct terms seen.
    package let terms: Int
    /// The term hash → id table and the id → hash array.
    package let vocabularyBytes: Int
    /// Per-term document and name frequencies, the small-log table and the per-article scratch table.
    package let termCountBytes: Int
    /// The capped posting lists.
    package let postingBytes: Int
    /// The stories' bounded centroids, norms and merge links.
    package let centroidBytes: Int
    /// The stories' member ordinals.
    package let memberBytes: Int
    /// The member sketches of the stories that may still split, and their test marks.
    package let sketchBytes: Int

    package init(
        terms: Int, vocabularyBytes: Int, termCountBytes: Int, postingBytes: Int, centroidBytes: Int, memberBytes: Int,
        sketchBytes: Int
    ) {
        self.terms = terms
        self.vocabularyBytes = vocabularyBytes
        self.termCountBytes = termCountBytes
        self.postingBytes = postingBytes
        self.centroidBytes = centroidBytes
        self.memberBytes = memberBytes
        self.sketchBytes = sketchBytes
    }

    package var total: Int { vocabularyBytes + termCountBytes + postingBytes + centroidBytes + memberBytes + sketchBytes }

    package var description: String {
        "\(terms) terms; vocabulary \(vocabularyBytes / 1024) KB, term counts \(termCountBytes / 1024) KB, "
            + "postings \(postingBytes / 1024) KB, centroids \(centroidBytes / 1024) KB, members \(memberBytes / 1024) KB, "
            + "sketches \(sketchBytes / 1024) KB, total \(total / 1024) KB"
    }
}
