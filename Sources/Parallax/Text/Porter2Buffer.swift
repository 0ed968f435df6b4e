/// The stemmer's working bytes in caller-provided (stack) memory: a word is stemmed without a heap allocation.
struct Porter2Buffer {
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private(set) var count: Int

    /// `storage` must hold the word plus two spare bytes for the letters the steps may add.
    init(storage: UnsafeMutableBufferPointer<UInt8>, copying word: UnsafeBufferPointer<UInt8>) {
        self.storage = storage
        count = word.count
        for index in 0..<word.count { storage[index] = word[index] }
    }

    var isEmpty: Bool { count == 0 }
    var first: UInt8? { count > 0 ? storage[0] : nil }
    var last: UInt8? { count > 0 ? storage[count - 1] : nil }
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<count]) }

    subscript(index: Int) -> UInt8 {
        get { storage[index] }
        nonmutating set { storage[index] = newValue }
    }

    mutating func removeLast(_ k: Int = 1) { count -= k }

    mutating func removeFirst() {
        for index in 1..<count { storage[index - 1] = storage[index] }
        count -= 1
    }

    mutating func append(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    mutating func append(_ tail: StaticString) {
        let start = tail.utf8Start
        for index in 0..<tail.utf8CodeUnitCount { append(start[index]) }
    }

    func starts(with prefix: [UInt8]) -> Bool {
        guard prefix.count <= count else { return false }
        for index in prefix.indices where storage[index] != prefix[index] { return false }
        return true
    }

    func equals(_ word: [UInt8]) -> Bool {
        word.count == count && starts(with: word)
    }
}
