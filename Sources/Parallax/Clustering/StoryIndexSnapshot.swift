/// A compact binary image of a `StoryIndex`, so a store can reopen its index without replaying every article.
///
/// Little-endian: a magic word and `formatVersion`, the clustering settings' fingerprint (a snapshot made under other
/// settings is refused), the term hashes and counts, the stories (merge link, members, centroid terms and
/// cached norms, bit for bit), each term's posting list, the member sketches of the stories that may still split,
/// and a WyHash checksum of all of it. `decode` answers nil
/// for anything it cannot trust (wrong magic, version or configuration, a bad checksum, a length or position out of
/// range), so the caller falls back to a full replay. The per-query scratch is not kept: it holds nothing between adds.
package enum StoryIndexSnapshot {
    /// Bumped whenever the layout or the meaning of a field changes.
    package static let formatVersion: UInt32 = 5
    private static let magic: UInt32 = 0x4953_5850  // "PXSI"

    /// The snapshot of an index.
    package static func encode(_ index: StoryIndex) -> [UInt8] {
        let statistics = index.statistics
        var writer = SnapshotWriter(capacity: 64 + index.footprint.total)
        writer.append(magic)
        writer.append(formatVersion)
        writer.append(index.configuration.fingerprint.description)
        writer.append(UInt64(statistics.documentCount))
        writer.append(UInt32(statistics.termCount))
        for hash in statistics.vocabulary.hashes { writer.append(hash) }
        for counts in statistics.counts {
            writer.append(counts.documents)
            writer.append(counts.asEntity)
        }
        writer.append(UInt32(index.stories.count))
        for (position, story) in index.stories.enumerated() {
            writer.append(UInt32(index.mergedInto[position]))
            writer.append(UInt32(story.members.count))
            for member in story.members { writer.append(member) }
            writer.append(UInt32(story.terms.count))
            for entry in story.terms {
                writer.append(entry.term)
                writer.append(entry.sum)
            }
            writer.append(story.norm)
            writer.append(story.entityNorm)
            writer.append(story.contentNorm)
            writer.append(UInt64(story.normDocumentCount))
            writer.append(story.latestDay)
        }
        writer.append(UInt32(index.postings.termCount))
        for term in 0..<UInt32(index.postings.termCount) {
            let stories = index.postings.stories(of: term)
            writer.append(UInt16(stories.count))
            for story in stories { writer.append(story) }
        }
        writer.append(UInt32(index.sketches.count))
        for position in index.sketches.keys.sorted() {
            let sketches = index.sketches[position]!
            writer.append(UInt32(position))
            writer.append(UInt32(index.testedAt[position] ?? 0))
            writer.append(UInt32(sketches.count))
            for (end, long) in zip(sketches.ends, sketches.isLong) {
                writer.append(end)
                writer.append(UInt8(long ? 1 : 0))
            }
            for (term, weight) in zip(sketches.terms, sketches.weights) {
                writer.append(term)
                writer.append(weight)
            }
        }
        writer.appendChecksum()
        return writer.bytes
    }

    /// The index a snapshot holds, or nil when it is damaged, from another format version or made under another
    /// configuration than `configuration`.
    package static func decode(_ bytes: [UInt8], configuration: StoryClusterer.Configuration) -> StoryIndex? {
        guard SnapshotReader.hasValidChecksum(bytes) else { return nil }
        var reader = SnapshotReader(Array(bytes.dropLast(8)))
        guard reader.read(UInt32.self) == magic, reader.read(UInt32.self) == formatVersion,
              reader.readString() == configuration.fingerprint.description,
              let documentCount = reader.read(UInt64.self).map(Int.init), documentCount < Int(Int32.max),
              let statistics = readStatistics(&reader, documentCount: documentCount, configuration: configuration),
              let (stories, mergedInto) = readStories(&reader, documentCount: documentCount, termCount: statistics.termCount),
              let postings = readPostings(&reader, limit: configuration.postingLimit, termCount: statistics.termCount, storyCount: stories.count),
              let (sketches, testedAt) = readSketches(&reader, stories: stories, termCount: statistics.termCount),
              reader.isAtEnd
        else { return nil }
        return StoryIndex(
            configuration: configuration, statistics: statistics, stories: stories, postings: postings, mergedInto: mergedInto,
            sketches: sketches, testedAt: testedAt)
    }

    private static func readSketches(
        _ reader: inout SnapshotReader, stories: [StoryCentroid], termCount: Int
    ) -> (sketches: [Int: StorySketches], testedAt: [Int: Int])? {
        guard let count = reader.read(UInt32.self).map(Int.init), count <= stories.count else { return nil }
        var sketches: [Int: StorySketches] = [:], testedAt: [Int: Int] = [:]
        sketches.reserveCapacity(count)
        testedAt.reserveCapacity(count)
        for _ in 0..<count {
            // Kept sketches belong to a live story of two or more members, one sketch per member.
            guard let position = reader.read(UInt32.self).map(Int.init), position < stories.count, sketches[position] == nil,
                  stories[position].members.count >= 2,
                  let tested = reader.read(UInt32.self).map(Int.init),
                  let memberCount = reader.read(UInt32.self).map(Int.init), memberCount == stories[position].members.count,
                  memberCount * 3 <= reader.remaining
            else { return nil }
            var ends: [UInt16] = [], isLong: [Bool] = []
            ends.reserveCapacity(memberCount)
            isLong.reserveCapacity(memberCount)
            for _ in 0..<memberCount {
                guard let end = reader.read(UInt16.self), let long = reader.read(UInt8.self), long <= 1 else { return nil }
                ends.append(end)
                isLong.append(long == 1)
            }
            let termTotal = Int(ends.last ?? 0)
            guard termTotal * 6 <= reader.remaining else { return nil }
            var terms: [UInt32] = [], weights: [UInt16] = []
            terms.reserveCapacity(termTotal)
            weights.reserveCapacity(termTotal)
            for _ in 0..<termTotal {
                let term: UInt32 = reader.read()!
                guard Int(term) < termCount else { return nil }
                terms.append(term)
                weights.append(reader.read()!)
            }
            guard let packed = StorySketches.restored(ends: ends, isLong: isLong, terms: terms, weights: weights) else { return nil }
            sketches[position] = packed
            if tested > 0 { testedAt[position] = tested }
        }
        return (sketches, testedAt)
    }

    private static func readStatistics(_ reader: inout SnapshotReader, documentCount: Int, configuration: StoryClusterer.Configuration) -> TermStatistics? {
        guard let termCount = reader.read(UInt32.self).map(Int.init), termCount * 16 <= reader.remaining else { return nil }
        var hashes: [UInt64] = [], counts: [TermCounts] = []
        hashes.reserveCapacity(termCount)
        counts.reserveCapacity(termCount)
        for _ in 0..<termCount { hashes.append(reader.read()!) }
        for _ in 0..<termCount {
            let entry = TermCounts(documents: reader.read()!, asEntity: reader.read()!)
            guard entry.documents <= documentCount else { return nil }
            counts.append(entry)
        }
        return TermStatistics(
            idfExponent: configuration.idfExponent, backgroundDocuments: configuration.backgroundDocuments, hashes: hashes, counts: counts, documentCount: documentCount)
    }

    private static func readStories(
        _ reader: inout SnapshotReader, documentCount: Int, termCount: Int
    ) -> (stories: [StoryCentroid], mergedInto: [Int])? {
        guard let storyCount = reader.read(UInt32.self).map(Int.init), storyCount <= reader.remaining else { return nil }
        var stories: [StoryCentroid] = [], mergedInto: [Int] = []
        stories.reserveCapacity(storyCount)
        mergedInto.reserveCapacity(storyCount)
        for position in 0..<storyCount {
            // A story merges into an earlier one, so following the links always ends.
            guard let kept = reader.read(UInt32.self).map(Int.init), kept <= position,
                  let memberCount = reader.read(UInt32.self).map(Int.init), memberCount * 4 <= reader.remaining
            else { return nil }
            var members: [Int32] = []
            members.reserveCapacity(memberCount)
            for _ in 0..<memberCount {
                let member: Int32 = reader.read()!
                guard member >= 0, Int(member) < documentCount else { return nil }
                members.append(member)
            }
            guard let centroidCount = reader.read(UInt32.self).map(Int.init), centroidCount * 8 <= reader.remaining else { return nil }
            var terms: [CentroidTerm] = []
            terms.reserveCapacity(centroidCount)
            for _ in 0..<centroidCount {
                let entry = CentroidTerm(term: reader.read()!, sum: reader.readFloat()!)
                // Ids strictly increasing: the merges and comparisons rely on the order.
                guard Int(entry.term) < termCount, terms.last.map({ $0.term < entry.term }) ?? true else { return nil }
                terms.append(entry)
            }
            guard let norm = reader.readDouble(), let entityNorm = reader.readDouble(), let contentNorm = reader.readDouble(),
                  let normDocumentCount = reader.read(UInt64.self).map(Int.init), normDocumentCount <= documentCount,
                  let latestDay: Int32 = reader.read()
            else { return nil }
            stories.append(StoryCentroid(
                members: members, terms: terms, norm: norm, entityNorm: entityNorm, contentNorm: contentNorm,
                normDocumentCount: normDocumentCount, latestDay: latestDay))
            mergedInto.append(kept)
        }
        return (stories, mergedInto)
    }

    private static func readPostings(_ reader: inout SnapshotReader, limit: Int, termCount: Int, storyCount: Int) -> PostingTable? {
        guard let postedTerms = reader.read(UInt32.self).map(Int.init), postedTerms <= termCount else { return nil }
        var postings = PostingTable(limit: limit)
        postings.extend(to: postedTerms)
        var listed: [Int32] = []
        for term in 0..<UInt32(postedTerms) {
            guard let count = reader.read(UInt16.self).map(Int.init), count <= limit, count * 4 <= reader.remaining else { return nil }
            listed.removeAll(keepingCapacity: true)
            for _ in 0..<count {
                let story: Int32 = reader.read()!
                // Distinct stories posted oldest first rebuild the same list.
                guard story >= 0, Int(story) < storyCount, !listed.contains(story) else { return nil }
                listed.append(story)
                postings.post(story, under: term)
            }
        }
        return postings
    }
}
