import Parallax

/// The keys a store finds an article's copies by: its exact-text key and its MinHash band keys (`CopySketch`), as
/// SQL integers. Two articles can be exact or near copies only when they share one, so the ingester looks up the
/// stored articles that share a key and lets `CopyDetector.joinsStory` decide, as the batch clusterer does.
package enum StoreCopyKeys {
    /// The keys of an article's copy sketch.
    package static func keys(of sketch: CopySketch) -> [Int64] {
        ([sketch.exactKey] + sketch.bandKeys).map { Int64(bitPattern: $0) }
    }

    /// The keys of a stored article from its id and text, for a store whose rows predate the keys. The copy
    /// detection is the default one: no command sets another, and the store records the settings it was made under.
    package static func keys(id: String, text: String) -> [Int64] {
        keys(of: defaultDetector.sketch(of: defaultDetector.features(id: ArticleID(id), text: text)))
    }

    private static let defaultDetector = CopyDetector()
}
