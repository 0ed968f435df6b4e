import Foundation
import Testing
@testable import Parallax
@testable import ParallaxEvaluation

/// The quality gate: the segment F-score on the trafilatura evaluation set must not drop below what it reached.
/// Run in release: `swift test -c release --filter ExtractionBenchmarkGate`.
///
/// The target was F ≥ 0.94 (trafilatura: 0.921 on this data); the extractor reaches 0.9401 (P 0.939, R 0.941)
/// since the lead, gap, call-to-action and edge-line rules, and the gate holds that line.
@Suite("ExtractionBenchmarkGate")
struct ExtractionBenchmarkGate {
    static let folder = "bench/extraction/trafilatura-eval"
    static let minimumF = 0.94

    @Test("segment F on trafilatura-eval holds its level", .enabled(if: SharedData.isOptimizedBuild && SharedData.has(folder), "needs a release build and ../shared/bench"))
    func fScoreGate() throws {
        let root = SharedData.url(Self.folder)
        let entries = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("evaldata.json"))) as! [String: Any]
        let manifest = try String(contentsOf: root.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let extractor = HTMLExtractor()
        var total = ExtractionScore()
        var pages = 0
        for line in manifest.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let entry = entries[String(fields[0])] as? [String: Any] else { continue }
            let compressed = try Data(contentsOf: root.appendingPathComponent(String(fields[1])))
            let html = try Inflate.gunzip([UInt8](compressed))
            let text = extractor.extract(bytes: html).text
            total = total + ExtractionScore.score(
                output: text, with: entry["with"] as? [String] ?? [], without: entry["without"] as? [String] ?? [])
            pages += 1
        }
        #expect(pages == 990)
        #expect(total.fScore >= Self.minimumF, "F \(total.fScore) (P \(total.precision), R \(total.recall)) is below \(Self.minimumF)")
    }
}
