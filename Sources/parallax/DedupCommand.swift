import ArgumentParser
import Foundation
import Parallax
import ParallaxInput

/// `parallax dedup PATH...`: copies, near-copies and rewrites, with their Jaccard and the passages they share.
struct DedupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "List exact copies, near-duplicates and rewrites among articles, with the passages they share.",
        discussion: """
            For each related pair: which article is the copy and which the original (earlier publication, \
            containment, credited wire), the kind, the exact Jaccard of their 5-word shingles and its MinHash \
            estimate, and each shared passage as a UTF-8 byte range in both articles.

            Example: parallax dedup --format json articles/
            """
    )

    /// How the pairs are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files or folders of articles.")
    var paths: [String]

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Show at most this many shared passages per pair.")
    var passages: Int = 5

    @OptionGroup var input: InputOptions

    func run() throws {
        let read = ArticleSource(paths: paths).documents()
        let analyzed = Pipeline().analyze(read.documents)
        let diagnostics = read.diagnostics + analyzed.diagnostics
        input.report(diagnostics, read: analyzed.articles.count)
        let byID = Dictionary(analyzed.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let detector = CopyDetector()
        let pairs = detector.relations(among: analyzed.articles).map { relation in
            let copy = byID[relation.copy]!, original = byID[relation.original]!
            return DedupPair(
                relation: relation,
                estimatedJaccard: detector.estimatedJaccard(copy, original),
                passages: Array(detector.sharedPassages(copy, original).prefix(passages)).map {
                    DedupPair.Passage(copy: $0.first, original: $0.second, words: $0.wordCount, text: copy.article.text(of: $0.first))
                }
            )
        }
        switch format {
        case .json: Terminal.write(try DedupPair.json(pairs), as: .json)
        case .text: Terminal.write(DedupPair.text(pairs, articles: analyzed.articles.count))
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
