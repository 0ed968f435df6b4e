import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxInput

/// `parallax eval quotes DIR`: speaker attribution scored against BASIL's annotated quoted spans.
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Score quote speakers against ../shared/bench/stories/basil/quote-speakers.jsonl: right, wrong, missing.",
        discussion: """
            DIR holds stories/*.jsonl (one story a file) and quote-speakers.jsonl. Each story is briefed alone, as
            `parallax brief stories/ID.jsonl` would, and each annotated span's speaker compared with the annotators'.
            --half 1 or 2 scores every other story (sorted by id: the first, third... or the second, fourth...),
            so that one half can be kept aside while rules are developed.
            """
    )

    @Argument(help: "The BASIL folder.")
    var path: String = "../shared/bench/stories/basil"

    @Option(help: "Score only half of the stories: 1 or 2.")
    var half: Int?

    @Flag(help: "List every wrong and missing span.")
    var show = false

    func validate() throws {
        if let half, ![1, 2].contains(half) { throw ValidationError("--half is 1 or 2") }
    }

    func run() throws {
        let root = URL(fileURLWithPath: path)
        let listURL = root.appendingPathComponent("quote-speakers.jsonl")
        let items: [QuoteSpeakerEvaluator.Item]
        do {
            let text = try String(contentsOf: listURL, encoding: .utf8)
            items = try text.split(separator: "\n").enumerated().map { index, line in
                do { return try JSONDecoder().decode(QuoteSpeakerEvaluator.Item.self, from: Data(line.utf8)) } catch {
                    throw ValidationError("\(listURL.path):\(index + 1): not a quote-speaker line: \(error)")
                }
            }
        } catch let error as ValidationError { throw error } catch {
            throw ValidationError("\(listURL.path): \(error.localizedDescription)")
        }
        let stories = Dictionary(grouping: items, by: \.story).sorted { $0.key < $1.key }
        let chosen = stories.enumerated().filter { half == nil || $0.offset % 2 == half! - 1 }.map(\.element)
        var counts: [QuoteSpeakerEvaluator.Outcome: Int] = [:]
        var personCounts: [QuoteSpeakerEvaluator.Outcome: Int] = [:]
        var failed = false
        for (story, storyItems) in chosen {
            let input = ArticleSource(paths: [root.appendingPathComponent("stories/\(story).jsonl").path]).documents()
            Terminal.report(input.diagnostics)
            failed = failed || !input.diagnostics.isEmpty
            for scored in QuoteSpeakerEvaluator().evaluate(storyItems, result: Pipeline().run(input.documents)) {
                counts[scored.outcome, default: 0] += 1
                if !QuoteSpeakerEvaluator.isGroup(scored.item.speaker) { personCounts[scored.outcome, default: 0] += 1 }
                if show && scored.outcome != .right {
                    Terminal.write("\(scored.outcome.rawValue): \(scored.item.article): \(scored.item.speaker) "
                        + "← \(scored.reported): \(scored.item.fragment.prefix(90))\n")
                }
            }
        }
        func line(_ counts: [QuoteSpeakerEvaluator.Outcome: Int]) -> String {
            let total = counts.values.reduce(0, +)
            func share(_ outcome: QuoteSpeakerEvaluator.Outcome) -> String {
                let count = counts[outcome] ?? 0
                return "\(count)/\(total) (\(String(format: "%.1f%%", total == 0 ? 0 : Double(count) * 100 / Double(total))))"
            }
            return "right \(share(.right)), wrong \(share(.wrong)), missing \(share(.missing))"
        }
        Terminal.write("quote speakers of \(chosen.count) stories: \(line(counts))\n"
            + "  spans whose annotated speaker is one person: \(line(personCounts))\n")
        if failed { throw ExitCode(1) }
    }
}
