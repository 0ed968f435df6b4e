/// Finds, among the spans of one article, those inside or overlapping a range in time that grows with the
/// answer, not with the article: the spans are kept sorted by start, and the longest one bounds how far
/// before a range an overlapping span can start. Answers are indices into the given array, ascending.
struct SpanLookup: Sendable {
    private let spans: [TextSpan]
    /// Indices of `spans`, by start.
    private let order: [Int]
    private let longest: Int

    init(_ spans: [TextSpan]) {
        self.spans = spans
        order = spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
        longest = spans.map { $0.end - $0.start }.max() ?? 0
    }

    /// The spans that `range` contains.
    func inside(_ range: TextSpan) -> [Int] {
        indices(startingFrom: range.start, before: range.end).filter { range.contains(spans[$0]) }
    }

    /// The spans that share at least one byte with `range`.
    func overlapping(_ range: TextSpan) -> [Int] {
        indices(startingFrom: range.start - longest, before: range.end).filter { range.overlaps(spans[$0]) }
    }

    /// The spans that start in `[from, before)`, ascending by index.
    private func indices(startingFrom from: Int, before end: Int) -> [Int] {
        var low = order.partitionPoint { spans[$0].start < from }
        var found: [Int] = []
        while low < order.count, spans[order[low]].start < end {
            found.append(order[low])
            low += 1
        }
        return found.sorted()
    }
}
