import Sketch

/// A fixed hash of an article's normalized text (ASCII letters lowercased, whitespace runs folded to one space),
/// so re-ingesting a file whose layout changed finds the stored article.
public enum ContentHash {
    /// 16 hex digits of WyHash over the normalized bytes; stable across runs and machines.
    public static func of(_ text: String) -> String {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                pendingSpace = !normalized.isEmpty
            default:
                if pendingSpace { normalized.append(0x20) }
                pendingSpace = false
                normalized.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
        }
        let hex = String(WyHash.hash(normalized), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
