import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation

/// `parallax eval clustering DIR`: clusters a benchmark as a stream and prints BCubed scores against its gold.
struct EvalClusteringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "Cluster a benchmark folder (ECB+ or UCI headlines) as a stream and print BCubed P/R/F1.",
        discussion: """
            DIR is ../shared/bench/clustering/ecbplus (stories scored against sub-topics, story groups against \
            topics; streamed by doc id) or ../shared/bench/clustering/uci-headlines (stories against STORY, \
            streamed by TIMESTAMP). --order listed streams the documents as the benchmark file lists them, \
            --order shuffled in a seeded random order, to see how much the scores depend on the order.
            """
    )

    @Argument(help: "The benchmark folder.")
    var directory: String

    @Option(help: "The stream order: id (ECB+ doc id, UCI timestamp), listed (as the benchmark file lists them) or shuffled.")
    var order: StreamOrder = .id

    @Option(help: "The seed of --order shuffled.")
    var seed: UInt64 = 1

    @Option(help: "Override the assignment threshold (for exploring; the default configuration is what counts).")
    var assignmentThreshold: Double?

    @Option(help: "Override the entity weight.")
    var entityWeight: Double?

    @Option(help: "Override the title-case share.")
    var titleCaseShare: Double?

    @Option(help: "Override the number weight.")
    var numberWeight: Double?

    @Option(help: "Override the idf exponent.")
    var idfExponent: Double?

    @Option(help: "Override the storyline threshold.")
    var storylineThreshold: Double?

    @Option(help: "Override the storyline days.")
    var storylineDays: Int?

    @Option(help: "Override the background documents of the idf.")
    var backgroundDocuments: Int?

    @Option(help: "Override the lead weight.")
    var leadWeight: Double?

    @Option(help: "Override the merge threshold.")
    var mergeThreshold: Double?

    @Option(help: "Override the similarity at which two stories are related however close the others are.")
    var groupThreshold: Double?

    @Option(help: "Override the story entity share.")
    var storyEntityShare: Double?

    @Option(help: "Override how many of its most similar stories a story links to in groups (0: all).")
    var groupNeighbors: Int?

    @Option(help: "Override the group content share.")
    var groupContentShare: Double?

    @Option(help: "Override the least similarity at which a story's nearest story is related because it stands out.")
    var groupFloor: Double?

    @Option(help: "Override how many times the mean similarity of its background a story's nearest story must reach to stand out (0: never).")
    var groupContrast: Double?

    @Option(help: "Override how many next most similar stories make a story's background.")
    var groupBackground: Int?

    @Option(help: "Override the story entity floor.")
    var storyEntityFloor: Double?

    @Option(help: "Override the short article terms.")
    var shortArticleTerms: Int?

    @Option(help: "Override the short assignment threshold.")
    var shortAssignmentThreshold: Double?

    @Option(help: "Override how many terms a story centroid keeps.")
    var centroidTerms: Int?

    @Option(help: "Override the most share of a centroid's terms names and numbers may take.")
    var centroidNameShare: Double?

    @Option(help: "Override how many stories a term's posting list keeps.")
    var postingLimit: Int?

    @Option(help: "Override how many nearest members each member links to in the split test (0: stories never split).")
    var splitNeighbors: Int?

    @Option(help: "Override the fewest members each half of a split needs.")
    var splitMinimumHalf: Int?

    @Option(help: "Override how many of its heaviest terms each member keeps for the split test.")
    var splitMemberTerms: Int?

    @Option(help: "Override by how much a story must grow before it is tested for a split again.")
    var splitRetestGrowth: Double?

    @Option(help: "Write each article's story and group (TSV) to this file, for error analysis.")
    var dump: String?

    @Flag(help: "Also cluster each gold story's articles alone, as `parallax brief` would a file of them, and count those that form one story.")
    var alone = false

    @Option(help: "After each score, list the N gold clusters that cost it most: their precision and recall loss, how the clustering spread them and what they share a cluster with.")
    var losses: Int = 0

    func validate() throws {
        guard losses >= 0 else { throw ValidationError("--losses must be 0 or more, not \(losses).") }
    }

    func run() throws {
        let items: [ClusteringBenchmarkReader.Item]
        do {
            items = try ClusteringBenchmarkReader(folder: URL(fileURLWithPath: directory)).read()
        } catch {
            FileHandle.standardError.write(Data("parallax: \(error)\n".utf8))
            throw ExitCode(1)
        }
        var configuration = StoryClusterer.Configuration.default
        if let assignmentThreshold { configuration.assignmentThreshold = assignmentThreshold }
        if let entityWeight { configuration.entityWeight = entityWeight }
        if let titleCaseShare { configuration.titleCaseShare = titleCaseShare }
        if let numberWeight { configuration.numberWeight = numberWeight }
        if let idfExponent { configuration.idfExponent = idfExponent }
        if let storylineThreshold { configuration.storylineThreshold = storylineThreshold }
        if let storylineDays { configuration.storylineDays = storylineDays }
        if let backgroundDocuments { configuration.backgroundDocuments = backgroundDocuments }
        if let leadWeight { configuration.leadWeight = leadWeight }
        if let mergeThreshold { configuration.mergeThreshold = mergeThreshold }
        if let storyEntityShare { configuration.storyEntityShare = storyEntityShare }
        if let storyEntityFloor { configuration.storyEntityFloor = storyEntityFloor }
        if let shortArticleTerms { configuration.shortArticleTerms = shortArticleTerms }
        if let shortAssignmentThreshold { configuration.shortAssignmentThreshold = shortAssignmentThreshold }
        if let centroidTerms { configuration.centroidTerms = centroidTerms }
        if let centroidNameShare { configuration.centroidNameShare = centroidNameShare }
        if let postingLimit { configuration.postingLimit = postingLimit }
        if let splitNeighbors { configuration.splitting.neighbors = splitNeighbors }
        if let splitMinimumHalf { configuration.splitting.minimumHalf = splitMinimumHalf }
        if let splitMemberTerms { configuration.splitting.memberTerms = splitMemberTerms }
        if let splitRetestGrowth { configuration.splitting.retestGrowth = splitRetestGrowth }
        var grouping = StoryGrouping.default
        if let groupThreshold { grouping.threshold = groupThreshold }
        if let groupFloor { grouping.floor = groupFloor }
        if let groupContrast { grouping.contrast = groupContrast }
        if let groupBackground { grouping.background = groupBackground }
        if let groupContentShare { grouping.contentShare = groupContentShare }
        if let groupNeighbors { grouping.neighbors = groupNeighbors }
        // The clusterer streams undated articles by id, so each id starts with its place in the chosen order.
        let streamed = order.arrange(items, id: \.id, seed: seed)
        let documents = streamed.enumerated().map { place, item in
            let document = item.document
            return RawDocument(
                id: ArticleID(ClusteringBenchmarkReader.padded(place, 6) + "-" + item.id), origin: document.origin,
                line: document.line, bytes: document.bytes, format: document.format, declared: document.declared)
        }
        let itemID = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($0.element.id.rawValue, streamed[$0.offset].id) })
        // Read as `parallax brief` reads: the same extraction and analysis, then the clustering under test.
        var pipeline = PipelineConfiguration.default
        pipeline.clustering = configuration
        pipeline.grouping = grouping
        let articles = Pipeline(configuration: pipeline).analyze(documents).articles
        let clusterer = StoryClusterer(configuration: configuration, grouping: grouping)
        let start = Date()
        let clustering = clusterer.clustering(articles)
        let seconds = Date().timeIntervalSince(start)
        if alone { printAlone(items: items, articles: articles, itemID: itemID, clusterer: clusterer) }

        var storyOf: [String: String] = [:]
        for story in clustering.stories { for article in story.articles { storyOf[itemID[article.id.rawValue]!] = story.id.rawValue } }
        var groupOf: [String: String] = [:]
        for group in clustering.groups { for story in group.stories { groupOf[story.rawValue] = group.id } }
        // A document with no text is a story of its own, as it would be had it been read.
        let unread = items.filter { storyOf[$0.id] == nil }
        for item in unread {
            storyOf[item.id] = "unread-" + item.id
            groupOf["unread-" + item.id] = "unread-" + item.id
        }
        if let dump {
            let lines = items.map { "\($0.id)\t\($0.story)\t\($0.group ?? "")\t\(storyOf[$0.id]!)\t\(groupOf[storyOf[$0.id]!]!)" }
            try (lines.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
        }
        let goldStory = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.story) })
        print("articles: \(items.count) (\(unread.count) without text)  order: \(order.rawValue)\(order == .shuffled ? " (seed \(seed))" : "")  gold stories: \(Set(goldStory.values).count)  stories: \(clustering.stories.count)  groups: \(clustering.groups.count)  time: \(String(format: "%.2f", seconds)) s")
        print(Self.line("stories vs gold stories", BCubed(predicted: storyOf, gold: goldStory)))
        printLosses(predicted: storyOf, gold: goldStory, goldCluster: "gold story", clusters: ("story", "stories"))
        let goldGroup = items.reduce(into: [String: String]()) { result, item in if let group = item.group { result[item.id] = group } }
        if !goldGroup.isEmpty {
            let predictedGroup = storyOf.mapValues { groupOf[$0]! }
            print(Self.line("groups vs gold topics", BCubed(predicted: predictedGroup, gold: goldGroup)))
            printLosses(predicted: predictedGroup, gold: goldGroup, goldCluster: "gold topic", clusters: ("group", "groups"))
            print(Self.line("stories vs gold topics", BCubed(predicted: storyOf, gold: goldGroup)))
        }
    }

    /// Clusters each gold story's articles by themselves and prints how many come out as one story, and the others.
    private func printAlone(
        items: [ClusteringBenchmarkReader.Item], articles: [AnalyzedArticle], itemID: [String: String], clusterer: StoryClusterer
    ) {
        let goldStory = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0.story) })
        var byStory: [String: [AnalyzedArticle]] = [:]
        for article in articles { byStory[goldStory[itemID[article.id.rawValue]!]!, default: []].append(article) }
        var whole = 0
        var apart: [(story: String, sizes: [Int])] = []
        for story in byStory.keys.sorted() {
            let sizes = clusterer.cluster(byStory[story]!).map(\.articles.count).sorted(by: >)
            if sizes.count == 1 { whole += 1 } else { apart.append((story, sizes)) }
        }
        print("gold stories clustered alone: \(whole)/\(byStory.count) form one story")
        for entry in apart.prefix(max(losses, 0)) {
            print("  \(entry.story): \(entry.sizes.count) stories (\(entry.sizes.map(String.init).joined(separator: ", ")))")
        }
    }

    private func printLosses(
        predicted: [String: String], gold: [String: String], goldCluster: String, clusters: (one: String, many: String)
    ) {
        for loss in GoldClusterLoss.ranked(predicted: predicted, gold: gold).prefix(losses) {
            print(Self.lossLine(loss, goldCluster: goldCluster, clusters: clusters))
        }
    }

    /// One gold cluster's cost, e.g. `  gold story 1ecbplus (21 items) costs P 0.0000  R 0.0133;  in 2 stories (12, 9)`.
    static func lossLine(_ loss: GoldClusterLoss<String>, goldCluster: String, clusters: (one: String, many: String)) -> String {
        var line = String(format: "  %@ %@ (%d items) costs P %.4f  R %.4f", goldCluster, loss.gold, loss.itemCount, loss.precisionLoss, loss.recallLoss)
        line += loss.spread.count == 1
            ? ";  in 1 \(clusters.one)"
            : ";  in \(loss.spread.count) \(clusters.many) (\(loss.spread.map(String.init).joined(separator: ", ")))"
        if !loss.sharedWith.isEmpty {
            line += "; with " + loss.sharedWith.prefix(3).map { "\($0.gold) (\($0.items))" }.joined(separator: ", ")
            if loss.sharedWith.count > 3 { line += " and \(loss.sharedWith.count - 3) more" }
        }
        return line
    }

    static func line(_ label: String, _ score: BCubed) -> String {
        String(format: "%@  BCubed P %.4f  R %.4f  F1 %.4f", label, score.precision, score.recall, score.f1)
    }
}
