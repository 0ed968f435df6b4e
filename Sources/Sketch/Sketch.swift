/// Sketch: generic similarity sketches over token streams.
///
/// Shingles, MinHash signatures, an LSH index and SimHash fingerprints. Knows nothing about news.
public enum Sketch {}
