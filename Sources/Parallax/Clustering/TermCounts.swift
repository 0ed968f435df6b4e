/// How many documents of a `StoryIndex` had one term, and how many had it as a name or number: kept side by side
/// so the idf and the name test of a term read one cache line.
struct TermCounts: Sendable, Hashable {
    var documents: UInt32 = 0
    var asEntity: UInt32 = 0
}
