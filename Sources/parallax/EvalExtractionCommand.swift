import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

/// `parallax eval extraction`: main-text extraction scored on the trafilatura evaluation set.
struct EvalExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score HTML main-text extraction on the trafilatura evaluation set (segment P, R, accuracy, F).",
        discussion: """
        Reads evaldata.json, manifest.tsv and the gzipped pages of FOLDER, extracts each page, and counts
        each must-keep segment found (tp) or missing (fn) and each must-drop segment found (fp) or absent (tn),
        matching after collapsing whitespace. Also prints metadata accuracy (title, author, date).
        """
    )

    @Argument(help: "The benchmark folder, e.g. ../shared/bench/extraction/trafilatura-eval.")
    var folder: String

    @Flag(help: "Also time extraction alone (gunzip and file reading excluded) and print pages/s and MB/s.")
    var time = false

    @Option(help: "Write a per-page report of missed and leaked segments to this file.")
    var misses: String?

    @Option(help: "Print the extractor's explanation for pages whose path contains this text, and stop.")
    var explain: String?

    @Option(help: "Repeat the timed extraction this many times (with --time).")
    var repeats: Int = 3

    func run() throws {
        let benchmark: ExtractionBenchmark
        do { benchmark = try ExtractionBenchmark(folder: URL(fileURLWithPath: folder)) } catch {
            FileHandle.standardError.write("error: \(error)\n".data(using: .utf8)!)
            throw ExitCode(1)
        }
        let extractor = HTMLExtractor()
        if let explain {
            for page in benchmark.pages where page.path.contains(explain) {
                print("=== \(page.path)\n\(extractor.explain(bytes: page.bytes))\n--- text\n\(extractor.extract(bytes: page.bytes).text)")
            }
            return
        }
        var total = ExtractionScore()
        var metadata = MetadataTally()
        var report = ""
        for page in benchmark.pages {
            let extracted = extractor.extract(bytes: page.bytes, origin: page.path)
            let score = ExtractionScore.score(output: extracted.text, with: page.with, without: page.without)
            total = total + score
            metadata.add(extracted.metadata, expected: page)
            if misses != nil, let title = page.title, extracted.metadata.title != title {
                report += "TITLE \(page.path)\n  expected \(title)\n  got      \(extracted.metadata.title ?? "-")\n"
            }
            if misses != nil, let author = page.author, extracted.metadata.authors.joined(separator: "; ") != author {
                report += "AUTHOR \(page.path)\n  expected \(author)\n  got      \(extracted.metadata.authors.joined(separator: "; "))\n"
            }
            if misses != nil && (score.falseNegatives > 0 || score.falsePositives > 0) {
                report += MissReport.describe(page: page, output: extracted.text)
            }
        }
        if let misses { try report.write(toFile: misses, atomically: true, encoding: .utf8) }
        print("pages      \(benchmark.pages.count)")
        print("segments   tp \(total.truePositives)  fp \(total.falsePositives)  tn \(total.trueNegatives)  fn \(total.falseNegatives)")
        print("precision  \(format(total.precision))")
        print("recall     \(format(total.recall))")
        print("accuracy   \(format(total.accuracy))")
        print("F          \(format(total.fScore))")
        print(metadata.summary)
        if time { timeExtraction(benchmark, extractor: extractor) }
    }

    private func timeExtraction(_ benchmark: ExtractionBenchmark, extractor: HTMLExtractor) {
        let bytes = benchmark.pages.reduce(0) { $0 + $1.bytes.count }
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            var sink = 0
            for page in benchmark.pages { sink &+= extractor.extract(bytes: page.bytes).text.utf8.count }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
            if sink == -1 { print(sink) }
        }
        let pagesPerSecond = Double(benchmark.pages.count) / best
        print("time       \(String(format: "%.3f", best)) s (best of \(max(1, repeats))), \(String(format: "%.1f", pagesPerSecond)) pages/s, \(String(format: "%.1f", Double(bytes) / best / 1e6)) MB/s")
    }

    private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
