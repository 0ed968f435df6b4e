/// Sketch: generic similarity sketches over token streams; knows nothing about news.
///
/// - `WyHash`: a fast, seeded 64-bit hash of bytes and strings, stable across runs and machines.
/// - `WordHasher`: the hashes of a text's lowercased `\w+` words, straight from its UTF-8 bytes.
/// - `Shingler`: k-token shingles over token hashes (hash each token once, combine per shingle).
/// - `MinHasher` / `MinHash`: one-permutation MinHash signatures with densification; `jaccard(_:)` estimates.
/// - `LSHParameters` / `LSHIndex`: banded locality-sensitive hashing, bands and rows derived from a threshold.
/// - `ExactKey`: the hash of whitespace- and case-normalized text, for exact duplicates.
/// - `SimHash`: a 64-bit fingerprint compared by Hamming distance.
public enum Sketch {}
