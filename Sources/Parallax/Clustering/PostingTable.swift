/// The inverted index of a `StoryIndex`: term id → the positions of the stories that last had the term among a
/// member's heaviest terms, oldest first, at most `limit` of them.
///
/// Most terms are posted by one story only, so a term's first story is kept inline in `heads`; a term posted by
/// two or more gets a block in one shared pool, in capacities 2, 4, 8, … up to `limit`, a block outgrown going to a
/// free list that the next list growing to that capacity reuses. No term has its own heap array.
struct PostingTable: Sendable {
    /// Where one term's list lives in `pool`.
    private struct Block: Sendable {
        var offset: UInt32
        var count: UInt16
        var capacity: UInt16
    }

    let limit: Int
    /// Term id → its only story (≥ 0), no story (-1), or -(list + 2) for a term whose stories are in `blocks[list]`.
    private var heads: [Int32] = []
    private var blocks: [Block] = []
    private var pool: [Int32] = []
    /// Capacity → offsets of blocks of that capacity no list uses.
    private var free: [UInt16: [UInt32]] = [:]

    init(limit: Int) {
        precondition(limit >= 1 && limit <= Int(UInt16.max), "a posting limit must be in 1...65535")
        self.limit = limit
    }

    /// How many term ids the table has room for.
    var termCount: Int { heads.count }

    /// Makes room for term ids below `count`.
    mutating func extend(to count: Int) {
        if heads.count < count { heads.append(contentsOf: repeatElement(-1, count: count - heads.count)) }
    }

    /// Calls `body` with the term's stories, oldest first.
    @inline(__always)
    func forEachStory(_ term: UInt32, _ body: (Int32) -> Void) {
        guard Int(term) < heads.count else { return }
        let head = heads[Int(term)]
        if head >= 0 {
            body(head)
        } else if head < -1 {
            let block = blocks[Int(-(head + 2))]
            let start = Int(block.offset)
            for index in start..<start + Int(block.count) { body(pool[index]) }
        }
    }

    /// The term's stories, oldest first.
    func stories(of term: UInt32) -> [Int32] {
        var result: [Int32] = []
        forEachStory(term) { result.append($0) }
        return result
    }

    /// Lists the story under the term as its most recent user, dropping the oldest past the limit.
    mutating func post(_ story: Int32, under term: UInt32) {
        let head = heads[Int(term)]
        if head == -1 || (head >= 0 && limit == 1) {
            heads[Int(term)] = story
            return
        }
        if head >= 0 {
            guard head != story else { return }
            let list = Int32(blocks.count)
            let offset = allocate(2)
            pool[Int(offset)] = head
            pool[Int(offset) + 1] = story
            blocks.append(Block(offset: offset, count: 2, capacity: 2))
            heads[Int(term)] = -(list + 2)
            return
        }
        let list = Int(-(head + 2))
        var block = blocks[list]
        let start = Int(block.offset), count = Int(block.count)
        var at = start + count - 1
        while at >= start, pool[at] != story { at -= 1 }
        if at >= start || count >= limit {
            // Already listed: move it to the end. Full: drop the oldest. Either way the others shift down by one.
            var index = at >= start ? at : start
            while index < start + count - 1 {
                pool[index] = pool[index + 1]
                index += 1
            }
            pool[start + count - 1] = story
            return
        }
        if count == Int(block.capacity) {
            let capacity = UInt16(min(2 * count, limit))
            let offset = allocate(capacity)
            for index in 0..<count { pool[Int(offset) + index] = pool[start + index] }
            free[block.capacity, default: []].append(block.offset)
            block.offset = offset
            block.capacity = capacity
        }
        pool[Int(block.offset) + count] = story
        block.count += 1
        blocks[list] = block
    }

    /// The offset of a block of `capacity` entries, reused from the free list when one is there.
    private mutating func allocate(_ capacity: UInt16) -> UInt32 {
        if let offset = free[capacity]?.popLast() { return offset }
        let offset = UInt32(pool.count)
        pool.append(contentsOf: repeatElement(-1, count: Int(capacity)))
        return offset
    }

    /// Bytes held (allocator headers counted as 32 bytes each; the free lists' dictionary as its entries).
    var bytes: Int {
        var total = 96 + heads.capacity * 4 + blocks.capacity * MemoryLayout<Block>.stride + pool.capacity * 4
        for (_, offsets) in free { total += 32 + offsets.capacity * 4 }
        return total
    }
}
