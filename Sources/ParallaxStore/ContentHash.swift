import Sketch

/// A fixed hash of an article's normalized text (ASCII letters lowercased, whitespace runs folded to one space),
/// so re-ingesting a file whose layout changed finds the stored article.
package enum ContentHash {
    /// 16 hex digits of WyHash over the normalized bytes; stable across runs and machines.
    package static func of(_ text: String) -> String {
        hex(ExactKey(text: text).value)
    }

    /// 16 hex digits of WyHash over the raw input bytes, as they are.
    package static func of(bytes: [UInt8]) -> String {
        hex(WyHash.hash(bytes))
    }

    private static func hex(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
