import Foundation
import Testing
@testable import Parallax

/// Parse throughput on a folder of real pages, skipped unless asked for:
/// `PARALLAX_HTML_BENCH_DIR=/tmp/pages swift test -c release --filter HTMLParserSpeed`
/// (the pages uncompressed, e.g. with `gunzip -c` from ../shared/bench/extraction/trafilatura-eval/html).
@Suite struct HTMLParserSpeedTests {
    static let folder = ProcessInfo.processInfo.environment["PARALLAX_HTML_BENCH_DIR"]

    @Test(.enabled(if: folder != nil, "set PARALLAX_HTML_BENCH_DIR to a folder of .html pages"))
    func parseThroughput() throws {
        let url = URL(fileURLWithPath: try #require(Self.folder))
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".html") }.sorted()
        let pages = try names.map { try [UInt8](Data(contentsOf: url.appendingPathComponent($0))) }
        let bytes = pages.reduce(0) { $0 + $1.count }
        #expect(pages.count > 0)
        let parser = HTMLParser()
        let clock = ContinuousClock()
        var nodes = 0
        var best = Duration.seconds(1_000_000)
        for _ in 0..<3 {
            nodes = 0
            let elapsed = clock.measure {
                for page in pages { nodes += parser.parse(page).nodes.count }
            }
            best = min(best, elapsed)
        }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let megabytes = Double(bytes) / 1_000_000
        print("HTMLParserSpeed: \(pages.count) pages, \(String(format: "%.1f", megabytes)) MB, \(nodes) nodes, best of 3: \(String(format: "%.3f", seconds)) s = \(String(format: "%.1f", megabytes / seconds)) MB/s")
        #expect(nodes > pages.count)
    }
}
