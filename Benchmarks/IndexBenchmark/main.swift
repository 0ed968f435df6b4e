import Foundation
import Parallax

// The online story index at scale, in a release build:
//   swift build -c release --product index-benchmark
//   .build/release/index-benchmark ../shared/bench/clustering/ecbplus ../shared/bench/summarization/multiling2011-en/SourceTexts
// Streams synthetic articles (real ECB+ and MultiLing articles with renamed names and mixed topic words) into a
// StoryIndex; at each checkpoint of articles held it times `add` over the next 1,000 articles and reports the
// resident memory the index grew by, per article held.

/// CPU time of this thread in nanoseconds: on a shared machine the wall clock also counts other processes' turns.
func threadCPUNanos() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}

/// Prints a line at once (stdout to a file is block-buffered, and a long run should show its checkpoints).
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: index-benchmark ECBPLUS_DIR MULTILING_SOURCETEXTS [MAX_ARTICLES] [SEED] [POSTING_LIMIT] [snapshot]\n".utf8))
    exit(2)
}
let maximum = arguments.count > 3 ? Int(arguments[3]) ?? 1_000_000 : 1_000_000
let seed = arguments.count > 4 ? UInt64(arguments[4]) ?? 1 : 1
var configuration = StoryClusterer.Configuration.default
if arguments.count > 5, let limit = Int(arguments[5]) { configuration.postingLimit = limit }
// `background=N` after the others compares another idf prior on the same stream.
for argument in arguments.dropFirst(6) where argument.hasPrefix("background=") {
    configuration.backgroundDocuments = Int(argument.dropFirst("background=".count)) ?? configuration.backgroundDocuments
}
/// Whether to time the store's snapshot of the index at each checkpoint: a separate run, since the encoded copy
/// and the decoded index it allocates would count in the next checkpoint's memory and warm or evict its caches.
let measuresSnapshot = arguments.count > 6 && arguments[6] == "snapshot"
let checkpoints = [10_000, 100_000, 1_000_000, 10_000_000].filter { $0 <= maximum }
let window = 1_000

/// Resident set size in bytes (second field of /proc/self/statm, in pages).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

let base = BaseArticles.load(ecbPlus: arguments[1], multiLing: arguments[2])
guard !base.isEmpty else {
    FileHandle.standardError.write(Data("index-benchmark: no articles found\n".utf8))
    exit(1)
}
let meanTerms = Double(base.reduce(0) { $0 + $1.terms.count }) / Double(base.count)
emit(String(
    format: "base articles: %d (mean %.0f terms), seed %llu, centroid terms %d, posting limit %d", base.count, meanTerms, seed,
    configuration.centroidTerms, configuration.postingLimit))
var stream = SyntheticStream(base: base, seed: seed)
// Warm the generator so its own buffers are in the baseline, not counted as the index's.
for _ in 0..<1_000 { _ = stream.next() }
let baseline = residentBytes()
var index = StoryIndex(configuration: configuration)
var held = 0
var buildNanos: UInt64 = 0
/// A running digest of every assignment (story, similarity bits, stories merged), so two builds of the index can be
/// checked to cluster the stream identically.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
func fold(_ assignment: StoryAssignment, into digest: inout UInt64) {
    for value in [UInt64(assignment.story), assignment.similarity.bitPattern, assignment.isNew ? 1 : 0]
        + assignment.merged.map({ UInt64($0) }) {
        digest = (digest ^ value) &* 0x100_0000_01b3
        digest ^= digest >> 29
    }
}
emit("articles held | mean ms/add | p99 ms/add | max ms/add | CPU mean ms | CPU p99 ms | RSS growth B/article | index B/article | live stories")
for checkpoint in checkpoints {
    while held < checkpoint {
        let features = stream.next()
        let start = DispatchTime.now().uptimeNanoseconds
        let assignment = index.add(features)
        buildNanos += DispatchTime.now().uptimeNanoseconds - start
        held += 1
        fold(assignment, into: &digest)
    }
    let resident = residentBytes() - baseline
    let footprint = index.footprint
    var times: [Double] = [], cpuTimes: [Double] = []
    let listedBefore = index.candidatesListed
    for _ in 0..<window {
        let features = stream.next()
        let cpuStart = threadCPUNanos()
        let start = DispatchTime.now().uptimeNanoseconds
        let assignment = index.add(features)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        cpuTimes.append(Double(threadCPUNanos() - cpuStart) / 1_000_000)
        fold(assignment, into: &digest)
    }
    held += window
    times.sort()
    cpuTimes.sort()
    let mean = times.reduce(0, +) / Double(times.count)
    let p99 = times[times.count * 99 / 100]
    let cpuMean = cpuTimes.reduce(0, +) / Double(cpuTimes.count)
    let cpuP99 = cpuTimes[cpuTimes.count * 99 / 100]
    emit(String(
        format: "%13d | %11.3f | %10.3f | %10.3f | %10.3f | %9.3f | %20.0f | %15.0f | %d", checkpoint, mean, p99,
        times.last!, cpuMean, cpuP99,
        Double(resident) / Double(checkpoint), Double(footprint.total) / Double(checkpoint), index.liveStoryCount))
    emit("    index: \(footprint)")
    emit(String(format: "    candidate stories compared per add: %.1f", Double(index.candidatesListed - listedBefore) / Double(window)))
    emit(String(format: "    assignments digest: %016llx", digest))
    guard measuresSnapshot else { continue }
    // The snapshot a store keeps of this index: its size, and the time to write and to read it back.
    let encodeStart = DispatchTime.now().uptimeNanoseconds
    let snapshot = StoryIndexSnapshot.encode(index)
    let decodeStart = DispatchTime.now().uptimeNanoseconds
    let decoded = StoryIndexSnapshot.decode(snapshot, configuration: index.configuration)
    let decodeEnd = DispatchTime.now().uptimeNanoseconds
    emit(String(
        format: "    snapshot: %.1f MB (%.0f B/article), encode %.2f s, decode %.2f s%@", Double(snapshot.count) / 1e6,
        Double(snapshot.count) / Double(held), Double(decodeStart - encodeStart) / 1e9, Double(decodeEnd - decodeStart) / 1e9,
        decoded?.documentCount == index.documentCount ? "" : " (DECODE FAILED)"))
}
emit(String(format: "total add time: %.1f s for %d articles", Double(buildNanos) / 1e9, held))
