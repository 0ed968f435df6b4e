/// The hash of text with case and whitespace normalized: equal keys mean the same text up to spacing and ASCII case.
public struct ExactKey: Sendable, Hashable, Comparable {
    public let value: UInt64

    /// Lowercases ASCII letters, turns every run of whitespace into one space and drops it at both ends.
    public init(text: String, seed: UInt64 = WyHash.defaultSeed) {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
                pendingSpace = !normalized.isEmpty
            default:
                if pendingSpace { normalized.append(0x20) }
                pendingSpace = false
                normalized.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        value = WyHash.hash(normalized, seed: seed)
    }

    public static func < (lhs: ExactKey, rhs: ExactKey) -> Bool { lhs.value < rhs.value }
}
