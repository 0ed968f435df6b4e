import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

/// `parallax eval summary`: summarizes the MultiLing 2011 English topics and scores them with ROUGE beside the published systems.
struct EvalSummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarize the MultiLing 2011 English topics at 250 words and print ROUGE-1/2/SU4 F beside the published systems.",
        discussion: """
            PATH is ../shared/bench/summarization/multiling2011-en (SourceTexts/, ModelSummaries/, PublishedROUGE/).
            Each topic's ten articles are read, clustered and briefed as `parallax brief DIR --words 250` would,
            and the summary of the story holding most of them is scored against the three model summaries (F averaged
            over references, then topics); then the same with --one-story, and the summarizer alone on each whole
            topic. --peer NAME=DIR adds rows for summaries written by other
            tools as DIR/M00x.txt. --time also times one summary of a 50-article story (five topics together).
            The published figures were computed by ROUGE-1.5.5 without stemming: compare with --no-stem too.
            """
    )

    @Argument(help: "The MultiLing 2011 English folder.")
    var path: String = "../shared/bench/summarization/multiling2011-en"

    @Option(help: "Summary length in words.")
    var words: Int = 250

    @Flag(help: "Score without Porter stemming (as the published ROUGE-1.5.5 run did).")
    var noStem = false

    @Option(help: "Score another tool's summaries: NAME=DIR with DIR/M00x.txt per topic (repeatable).")
    var peer: [String] = []

    @Option(help: "Also write our summaries to DIR/M00x.txt.")
    var out: String?

    @Flag(help: "Time the 50-article summary and the whole evaluation (use a release build).")
    var time = false

    @Option(help: "Summarizer: lead-sentence weight (see Summarizer.Configuration).")
    var positionWeight: Double = Summarizer.Configuration.default.positionWeight

    @Option(help: "Summarizer: articles a concept must appear in.")
    var minConceptArticles: Int = Summarizer.Configuration.default.minConceptArticles

    @Option(help: "Summarizer: highest cosine allowed between two summary sentences.")
    var maxSimilarity: Double = Summarizer.Configuration.default.maxSimilarity

    @Option(help: .hidden)
    var tokens: String?

    func run() throws {
        if let tokens {
            let tokenizer = RougeTokenizer(stems: !noStem)
            print(tokenizer.tokens(try String(contentsOfFile: tokens, encoding: .utf8)).joined(separator: " "))
            return
        }
        let reader = MultiLingReader(root: URL(fileURLWithPath: path))
        let topics: [SummaryEvaluationTopic]
        do { topics = try reader.topics() } catch {
            throw ValidationError("cannot read MultiLing topics under \(path): \(error)")
        }
        let rouge = Rouge(configuration: Rouge.Configuration(stems: !noStem, wordLimit: words))
        var configuration = Summarizer.Configuration.default
        configuration.positionWeight = positionWeight
        configuration.minConceptArticles = minConceptArticles
        configuration.maxSimilarity = maxSimilarity
        let evaluation = SummaryEvaluation(summarizer: Summarizer(configuration: configuration), rouge: rouge, words: words)
        let summarizer = evaluation.summarizer
        let clock = ContinuousClock()
        var rows: [(String, RougeScores)] = []

        let started = clock.now
        let results = evaluation.run(topics)
        let elapsed = clock.now - started
        for result in results {
            if let out {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                let text = result.summary.map(\.text).joined(separator: "\n") + "\n"
                try text.write(toFile: "\(out)/\(result.name).txt", atomically: true, encoding: .utf8)
            }
        }
        rows.append(("summarizer, whole topic", .mean(results.map(\.scores))))
        let (briefScores, storyCounts) = try briefSummaries(topics, rouge: rouge, oneStory: false)
        rows.insert(("Parallax brief", .mean(briefScores)), at: 0)
        rows.insert(("brief --one-story", .mean(try briefSummaries(topics, rouge: rouge, oneStory: true).scores)), at: 1)

        for entry in peer {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--peer wants NAME=DIR, got \(entry)") }
            let scores = try topics.map { topic in
                let text = try String(contentsOfFile: "\(parts[1])/\(topic.name).txt", encoding: .utf8)
                return rouge.score(candidate: text, references: topic.references)
            }
            rows.append((parts[0], .mean(scores)))
        }

        print("MultiLing 2011 English, \(topics.count) topics, \(words) words, stemming \(noStem ? "off" : "on")")
        let whole = storyCounts.filter { $0 == 1 }.count
        print("brief: \(whole)/\(topics.count) topics form one story (stories per topic: \(storyCounts.map(String.init).joined(separator: " ")))")
        print("system".padding(toLength: 24, withPad: " ", startingAt: 0) + "ROUGE-1 F  ROUGE-2 F  ROUGE-SU4 F")
        for (name, scores) in rows {
            print(Self.row(name, scores.rouge1.f, scores.rouge2.f, scores.rougeSU4.f))
        }
        if let published = try? reader.published(), let best = published.first(where: { $0.system != "ID10" }) {
            print("published (ROUGE-1.5.5, no stemming):")
            for (label, id) in [("best system", best.system), ("centroid baseline", "ID9"), ("topline", "ID10")] {
                guard let row = published.first(where: { $0.system == id }) else { continue }
                print(Self.row("  \(label) \(id)", row.f["ROUGE-1"] ?? 0, row.f["ROUGE-2"] ?? 0, row.f["ROUGE-SU4"] ?? 0))
            }
        }
        if time {
            print("time: whole evaluation (analysis + summaries + ROUGE) \(Self.milliseconds(elapsed)) ms")
            let fiftyArticles = topics.prefix(5).flatMap(\.articles)
            let segmentStart = clock.now
            let story = evaluation.story(named: "fifty", of: fiftyArticles)
            print("time: Text stage on the \(fiftyArticles.count) articles: \(Self.milliseconds(clock.now - segmentStart)) ms")
            var samples: [Duration] = []
            for _ in 0..<7 {
                let start = clock.now
                _ = summarizer.summarize(story, facts: [], budget: .words(words))
                samples.append(clock.now - start)
            }
            samples.sort()
            print("time: summary of a \(story.articles.count)-article story, median of 7: \(Self.milliseconds(samples[3])) ms")
        }
    }

    /// Each topic's folder read, clustered and briefed as `parallax brief DIR --words N` would, and the brief of
    /// the story holding most of the topic's articles scored; also how many stories each topic came out as.
    private func briefSummaries(
        _ topics: [SummaryEvaluationTopic], rouge: Rouge, oneStory: Bool
    ) throws -> (scores: [RougeScores], stories: [Int]) {
        // The topics' files, read as `eval clustering` reads them; ids end in .txt, as `brief DIR` names the files.
        let items = try ClusteringBenchmarkReader(folder: URL(fileURLWithPath: path)).read()
        var configuration = PipelineConfiguration.default
        configuration.briefing.budget = .words(words)
        configuration.oneStory = oneStory
        let pipeline = Pipeline(configuration: configuration)
        var scores: [RougeScores] = []
        var stories: [Int] = []
        for topic in topics {
            let documents = items.filter { $0.story == topic.name }.map(\.document).map {
                RawDocument(id: ArticleID($0.id.rawValue + ".txt"), origin: $0.origin, bytes: $0.bytes, format: $0.format)
            }
            let result = pipeline.run(documents)
            stories.append(result.briefs.count)
            let largest = result.briefs.max { $0.sources.count != $1.sources.count ? $0.sources.count < $1.sources.count : $0.story > $1.story }
            let text = largest.map { $0.summary.map(\.text).joined(separator: "\n") } ?? ""
            scores.append(rouge.score(candidate: text, references: topic.references))
        }
        return (scores, stories)
    }

    private static func row(_ name: String, _ r1: Double, _ r2: Double, _ su4: Double) -> String {
        name.padding(toLength: 24, withPad: " ", startingAt: 0)
            + [r1, r2, su4].map { String(format: "%.4f", $0).padding(toLength: 11, withPad: " ", startingAt: 0) }.joined()
    }

    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
