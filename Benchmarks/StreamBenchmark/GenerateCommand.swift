import ArgumentParser
import Foundation
import StreamGenerator

/// `stream-benchmark generate BENCH OUT`: writes a generated stream and its planted pairs.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write OUT/stream.jsonl and OUT/planted.tsv from the real texts of BENCH (../shared/bench)."
    )

    @Argument(help: "The bench folder (../shared/bench).") var bench: String
    @Argument(help: "The output folder.") var output: String
    @Option(help: "Articles in the stream.") var count = 10_000
    @Option(help: "Seed of every random choice.") var seed: UInt64 = 1
    @Option(help: "Share of planted copies.") var copyShare = 0.1

    func run() throws {
        let texts = try BenchTexts(root: URL(fileURLWithPath: bench)).read()
        guard !texts.isEmpty else { throw ValidationError("no ECB+ or MultiLing texts under \(bench)") }
        var configuration = StreamGenerator.Configuration.default
        configuration.count = count
        configuration.seed = seed
        configuration.copyShare = copyShare
        let files = StreamFiles(folder: URL(fileURLWithPath: output))
        let writer = try files.streamWriter()
        var kinds: [StreamArticle.Origin: Int] = [:]
        let planted = StreamGenerator(texts: texts, configuration: configuration).generate { article in
            kinds[article.origin, default: 0] += 1
            writer.write(StreamFiles.line(article))
        }
        try writer.close()
        try files.writePlanted(planted)
        let high = planted.filter { $0.jaccard >= 0.8 }.count
        print("\(count) articles from \(texts.count) real texts: \(kinds[.real] ?? 0) real, "
            + "\(kinds[.composite] ?? 0) spliced, \(kinds[.copy] ?? 0) planted copies (\(high) at exact J ≥ 0.8)")
        print("wrote \(files.stream.path) and \(files.planted.path)")
    }
}
