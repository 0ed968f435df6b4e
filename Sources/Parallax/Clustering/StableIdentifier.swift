import Sketch

/// Identifiers derived from content with a fixed hash, so the same input gives the same ids on every run.
enum StableIdentifier {
    static func make(prefix: String, from key: String) -> String {
        let hex = String(WyHash.hash(key), radix: 16)
        return prefix + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
