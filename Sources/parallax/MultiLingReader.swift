import Foundation
import Parallax
import ParallaxEvaluation

/// Reads the MultiLing 2011 English pilot (`SourceTexts/M00xy.english`, `ModelSummaries/M00x.?.250`, `PublishedROUGE/*.csv`).
struct MultiLingReader {
    /// One published system's F-score per ROUGE variant.
    struct PublishedRow {
        let system: String
        var f: [String: Double] = [:]
    }

    let root: URL

    func topics() throws -> [SummaryEvaluationTopic] {
        let sources = root.appendingPathComponent("SourceTexts")
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".english") }.sorted()
        var byTopic: [String: [Article]] = [:]
        for name in names {
            let topic = "M00" + String(name.dropFirst(3).prefix(1))
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            byTopic[topic, default: []].append(MultiLingSource.article(id: String(name.prefix(5)), text: text))
        }
        let models = root.appendingPathComponent("ModelSummaries")
        let modelNames = try FileManager.default.contentsOfDirectory(atPath: models.path).sorted()
        return try byTopic.keys.sorted().map { topic in
            let references = try modelNames.filter { $0.hasPrefix(topic + ".") }.map {
                try String(contentsOf: models.appendingPathComponent($0), encoding: .utf8)
            }
            return SummaryEvaluationTopic(name: topic, articles: byTopic[topic]!, references: references)
        }
    }

    /// The published F-scores (ROUGE-1, ROUGE-2, ROUGE-SU4) by system id.
    func published() throws -> [PublishedRow] {
        var rows: [String: PublishedRow] = [:]
        for variant in ["ROUGE-1", "ROUGE-2", "ROUGE-SU4"] {
            let url = root.appendingPathComponent("PublishedROUGE/ENGLISH_\(variant).csv")
            let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
            for line in lines {
                let fields = line.split(separator: ",")
                guard fields.count == 4, let f = Double(fields[3]) else { continue }
                let system = String(fields[0].split(separator: "_").first ?? "")
                rows[system, default: PublishedRow(system: system)].f[variant] = f
            }
        }
        return rows.values.sorted { ($0.f["ROUGE-1"] ?? 0) > ($1.f["ROUGE-1"] ?? 0) }
    }
}
