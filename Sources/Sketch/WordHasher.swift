/// Hashes the words of a text straight from its UTF-8 bytes, lowercased, without making a `String` per word.
///
/// A word is a maximal run of letters, digits and `_` — the tokens Python's `re.findall(r"\w+", text.lower())`
/// finds, so shingle sets agree with the usual Python MinHash tooling. ASCII is classified byte by byte; other
/// scalars are words except the punctuation and symbol blocks (`UnicodeWordClass`), and Latin, Greek and Cyrillic
/// capitals are lowercased.
public struct WordHasher: Sendable, Hashable {
    public let seed: UInt64

    public init(seed: UInt64 = WyHash.defaultSeed) { self.seed = seed }

    /// The hash of every word of `text`, in order.
    public func hashes(of text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { hashes(ofUTF8: $0) }
    }

    /// The hash of every word of UTF-8 `bytes`, in order (malformed bytes separate words, as U+FFFD does).
    public func hashes(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(bytes.count / 5)
        // The lowercased word is written here; lowercasing keeps every scalar's width, so no word outgrows the text.
        var scratch = [UInt8](repeating: 0, count: bytes.count + 4)
        scratch.withUnsafeMutableBufferPointer { word in
            var length = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if UnicodeWordClass.isASCIIWordByte(byte) {
                        word[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        length += 1
                        continue
                    }
                } else {
                    let (scalar, width) = UnicodeWordClass.decode(bytes, at: index)
                    if UnicodeWordClass.isWordScalar(scalar) {
                        length = UnicodeWordClass.appendLowercased(scalar, original: bytes, at: index, width: width,
                                                                   into: word, at: length)
                        index += width
                        continue
                    }
                    index += width
                }
                if length > 0 {
                    result.append(WyHash.hash(UnsafeRawBufferPointer(start: word.baseAddress, count: length), seed: seed))
                    length = 0
                }
            }
            if length > 0 { result.append(WyHash.hash(UnsafeRawBufferPointer(start: word.baseAddress, count: length), seed: seed)) }
        }
        return result
    }
}
