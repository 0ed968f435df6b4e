import Foundation
import Testing
@testable import Parallax
@testable import ParallaxEvaluation

/// Fails when story clustering, read through the main path (extraction and analysis as `parallax brief` reads
/// input), drops below the scores it reached: `swift test -c release --filter ClusteringBenchmarkGate`.
///
/// Targets: ECB+ sub-topic F1 ≥ 0.92 and topic F1 ≥ 0.95; MultiLing 2011's hundred articles together F1 ≥ 0.95
/// against the topics, each topic alone one story; each BASIL story alone one story. The floors hold the targets met
/// and, for the others, the figures reached (BENCHMARKS.md, "Storylines through the main job").
@Suite(.enabled(if: SharedData.isOptimizedBuild, "benchmark gates run in release builds"))
struct ClusteringBenchmarkGate {
    static let storyFloor = 0.913
    static let groupFloor = 0.95
    static let multiLingFloor = 0.81
    static let multiLingWholeTopics = 4

    /// Story of each article id.
    private static func storyOf(_ clustering: StoryClustering) -> [String: String] {
        var storyOf: [String: String] = [:]
        for story in clustering.stories { for article in story.articles { storyOf[article.id.rawValue] = story.id.rawValue } }
        return storyOf
    }

    @Test(.enabled(if: SharedData.has("bench/clustering/ecbplus/gold_clusters.tsv"), "needs ../shared/bench"))
    func ecbPlusStoriesAndGroupsKeepTheirScores() throws {
        let folder = SharedData.url("bench/clustering/ecbplus")
        let lines = try String(contentsOf: folder.appendingPathComponent("gold_clusters.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        var goldStory: [String: String] = [:], goldTopic: [String: String] = [:]
        var documents: [RawDocument] = []
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let data = try Data(contentsOf: folder.appendingPathComponent("docs").appendingPathComponent(fields[3]))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let title = object["title"] as? String ?? "", body = object["text"] as? String ?? ""
            documents.append(RawDocument(
                id: ArticleID(fields[0]), origin: fields[3], bytes: Array(body.utf8), format: .plainText,
                declared: ArticleMetadata(title: title.isEmpty ? nil : title)))
            goldTopic[fields[0]] = fields[1]
            goldStory[fields[0]] = fields[2]
        }
        let articles = Pipeline().analyze(documents).articles
        #expect(articles.count == 772)
        let clustering = StoryClusterer().clustering(articles)
        let storyOf = Self.storyOf(clustering)
        var groupOf: [String: String] = [:]
        for group in clustering.groups { for story in group.stories { groupOf[story.rawValue] = group.id } }
        let stories = BCubed(predicted: storyOf, gold: goldStory)
        let groups = BCubed(predicted: storyOf.mapValues { groupOf[$0]! }, gold: goldTopic)
        #expect(stories.f1 >= Self.storyFloor, "sub-topic BCubed F1 \(stories.f1)")
        #expect(groups.f1 >= Self.groupFloor, "topic BCubed F1 \(groups.f1)")
    }

    @Test(.enabled(if: SharedData.has("bench/summarization/multiling2011-en/SourceTexts"), "needs ../shared/bench"))
    func multiLingStorylinesKeepTheirScores() throws {
        let folder = SharedData.url("bench/summarization/multiling2011-en/SourceTexts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".english") }.sorted()
        var byTopic: [String: [RawDocument]] = [:]
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            byTopic["M00" + String(name.dropFirst(3).prefix(1)), default: []].append(
                RawDocument(id: ArticleID(String(name.prefix(5))), origin: name, bytes: bytes, format: .plainText))
        }
        #expect(byTopic.count == 10)
        let pipeline = Pipeline()
        let together = Self.storyOf(StoryClusterer().clustering(pipeline.analyze(byTopic.values.flatMap { $0 }).articles))
        let topicOf = Dictionary(uniqueKeysWithValues: together.keys.map { ($0, "M00" + String($0.dropFirst(3).prefix(1))) })
        let score = BCubed(predicted: together, gold: topicOf)
        #expect(together.count == 100)
        #expect(score.f1 >= Self.multiLingFloor, "MultiLing BCubed F1 \(score.f1)")
        let whole = byTopic.values.filter { StoryClusterer().cluster(pipeline.analyze($0).articles).count == 1 }.count
        #expect(whole >= Self.multiLingWholeTopics, "\(whole) topics alone form one story")
    }

    @Test(.enabled(if: SharedData.has("bench/stories/basil/stories"), "needs ../shared/bench"))
    func eachBasilStoryAloneIsOneStory() throws {
        let folder = SharedData.url("bench/stories/basil/stories")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        #expect(names.count == 100)
        var apart: [String] = []
        for name in names {
            let (documents, problems) = JSONLinesReader().read([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))), origin: name)
            #expect(problems.isEmpty)
            if StoryClusterer().cluster(Pipeline().analyze(documents).articles).count != 1 { apart.append(name) }
        }
        #expect(apart.isEmpty, "not one story: \(apart)")
    }
}
