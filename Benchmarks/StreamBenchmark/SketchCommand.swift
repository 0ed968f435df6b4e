import ArgumentParser
import Foundation
import Sketch
import StreamGenerator

/// `stream-benchmark sketch STREAM`: times text → word shingles → MinHash → LSH query and insert over a stream,
/// then scores the candidate pairs against the planted pairs.
struct SketchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sketch",
        abstract: "Time MinHash + LSH over STREAM/stream.jsonl and score it against STREAM/planted.tsv."
    )

    @Argument(help: "A folder written by `generate`.") var stream: String
    @Option(help: "LSH threshold (bands and rows from LSHParameters.optimal unless given).") var threshold = 0.8
    @Option(help: "LSH bands (with --rows).") var bands: Int?
    @Option(help: "LSH rows per band (with --bands).") var rows: Int?
    @Option(help: "MinHash lanes.") var lanes = 128
    @Option(help: "Words per shingle.") var shingleSize = 5
    @Option(help: "Candidate pairs whose exact Jaccard is measured for precision (0: none).") var precisionSample = 20_000

    func run() throws {
        let files = StreamFiles(folder: URL(fileURLWithPath: stream))
        let (ids, texts) = try files.readStream()
        let planted = try files.readPlanted()
        let parameters = bands.flatMap { b in rows.map { LSHParameters(bands: b, rows: $0) } }
            ?? .optimal(threshold: threshold, lanes: lanes)

        let seed = WyHash.defaultSeed
        let words = WordHasher(seed: seed)
        let shingler = Shingler(size: shingleSize, seed: seed)
        let minHasher = MinHasher(lanes: lanes, seed: seed)
        var index = LSHIndex<Int>(parameters: parameters)
        var candidates: [UInt64] = []
        let cpuStart = Self.cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        for (position, text) in texts.enumerated() {
            let signature = minHasher.signature(of: shingler.shingles(ofTokenHashes: words.hashes(of: text)))
            for earlier in index.query(signature) { candidates.append(UInt64(earlier) << 32 | UInt64(position)) }
            index.insert(position, signature)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Self.cpuSeconds() - cpuStart

        let score = Score(ids: ids, planted: planted, candidates: Set(candidates))
        let precision = precisionSample > 0 ? Self.precision(candidates, texts: texts, threshold: threshold,
                                                             sample: precisionSample, shingleSize: shingleSize) : nil
        let docsPerSecond = Double(texts.count) / seconds
        print("parallax: \(texts.count) docs, \(lanes) lanes, \(parameters.bands) bands × \(parameters.rows) rows "
            + "(threshold \(threshold)): \(String(format: "%.3f", seconds)) s wall, \(String(format: "%.3f", cpu)) s CPU, "
            + "\(String(format: "%.0f", docsPerSecond)) docs/s, \(candidates.count) candidate pairs")
        print(score.summary + (precision.map { String(format: "; precision (exact J ≥ %.2f) %.4f", threshold, $0) } ?? ""))
        print("RESULT tool=parallax docs=\(texts.count) seconds=\(String(format: "%.4f", seconds)) "
            + "docs_per_s=\(String(format: "%.1f", docsPerSecond)) candidates=\(candidates.count) "
            + "recall_08=\(String(format: "%.4f", score.recallHigh)) planted_08=\(score.high) "
            + "recall_05_08=\(String(format: "%.4f", score.recallMiddle)) planted_05_08=\(score.middle) "
            + "precision=\(precision.map { String(format: "%.4f", $0) } ?? "-")")
    }

    /// The share of candidate pairs (an evenly spaced sample of them) whose exact Jaccard is at least `threshold`.
    static func precision(_ candidates: [UInt64], texts: [String], threshold: Double, sample: Int, shingleSize: Int) -> Double? {
        guard !candidates.isEmpty else { return nil }
        let step = max(1, candidates.count / sample)
        var sets: [Int: ShingleSet] = [:]
        func set(_ index: Int) -> ShingleSet {
            if let known = sets[index] { return known }
            let made = ShingleSet(text: texts[index], size: shingleSize)
            sets[index] = made
            return made
        }
        var checked = 0
        var good = 0
        for offset in stride(from: 0, to: candidates.count, by: step) {
            let pair = candidates[offset]
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            checked += 1
            if set(a).jaccard(set(b)) >= threshold { good += 1 }
        }
        return Double(good) / Double(checked)
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
