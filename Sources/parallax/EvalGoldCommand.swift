import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxInput

/// `parallax eval gold PATH...`: runs the pipeline on each gold story's articles and prints the gold figures.
struct EvalGoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gold",
        abstract: "Score the analysis against hand-made gold files (../shared/gold/README.md), per file and summed.",
        discussion: """
            Each PATH is a gold JSON file or a folder searched for them. For each file and for the sum: conflict
            precision and recall; entities junk, wrong merges, splits, found and kind accuracy; quote speakers right,
            wrong and missing; corroborated facts found and distinct pairs merged; dates right; and found/total for
            the other sections. --show lists every miss under its section.
            """
    )

    @Argument(help: "Gold JSON files or folders of them; each file's \"corpus\" is read relative to it.")
    var paths: [String] = ["../shared/gold"]

    @Flag(help: "List each miss: false and missed conflicts, junk and split entities, wrong speakers...")
    var show = false

    func run() throws {
        let files = try goldFiles()
        var total = GoldScore()
        var failed = false
        for file in files {
            let gold: GoldStory
            do {
                gold = try JSONDecoder().decode(GoldStory.self, from: Data(contentsOf: file))
            } catch {
                Terminal.error("\(file.path): not a gold file: \(error)")
                failed = true
                continue
            }
            let corpus = file.deletingLastPathComponent().appendingPathComponent(gold.corpus).standardizedFileURL
            let input = ArticleSource(paths: [corpus.path]).documents()
            Terminal.report(input.diagnostics)
            failed = failed || !input.diagnostics.isEmpty
            let score = GoldEvaluator().evaluate(gold, result: Pipeline().run(input.documents))
            total = total + score
            Terminal.write("\(file.path) (\(gold.story), \(input.documents.count) articles)\n" + score.text(misses: show))
        }
        if files.count > 1 {
            Terminal.write("sum of \(files.count) gold stories\n" + total.text(misses: false))
        }
        if failed { throw ExitCode(1) }
    }

    /// The files named, and the `.json` files under the folders named, each folder's in sorted order.
    private func goldFiles() throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("\(path): no such file or folder")
            }
            guard isFolder.boolValue else {
                files.append(URL(fileURLWithPath: path))
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            let found = (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".json") }.sorted()
            files += found.map { URL(fileURLWithPath: path).appendingPathComponent($0) }
        }
        return files
    }
}
