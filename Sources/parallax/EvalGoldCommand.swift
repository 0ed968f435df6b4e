import ArgumentParser
import Foundation
import Parallax
import ParallaxInput

/// `parallax eval gold FILE`: runs the pipeline on a gold story's articles and lists what was found and missed.
struct EvalGoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gold",
        abstract: "Check the analysis of a story against a hand-made gold file (../shared/gold/*.json).",
        discussion: "Exits with 0 only when every gold item is found."
    )

    @Argument(help: "The gold JSON file; its \"corpus\" folder is read relative to it.")
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let gold: GoldStory
        do {
            gold = try JSONDecoder().decode(GoldStory.self, from: Data(contentsOf: url))
        } catch {
            Terminal.error("\(file): not a gold file: \(error)")
            throw ExitCode(1)
        }
        let corpus = url.deletingLastPathComponent().appendingPathComponent(gold.corpus).standardizedFileURL
        let input = ArticleSource(paths: [corpus.path]).documents()
        Terminal.report(input.diagnostics)
        let result = Pipeline().run(input.documents)
        let report = GoldEvaluator().evaluate(gold, result: result)
        Terminal.write("gold: \(gold.story) (\(input.documents.count) articles from \(corpus.path))\n" + report.text)
        if !report.allFound { throw ExitCode(1) }
    }
}
