import Foundation
import Parallax

/// Reads the MultiLing 2011 English pilot (`SourceTexts/M00xy.english`, `ModelSummaries/M00x.?.250`, `PublishedROUGE/*.csv`).
struct MultiLingReader {
    /// One topic: its ten source articles (title and date taken off the top) and its reference summaries.
    struct Topic {
        let name: String
        let articles: [Article]
        let references: [String]
    }

    /// One published system's F-score per ROUGE variant.
    struct PublishedRow {
        let system: String
        var f: [String: Double] = [:]
    }

    let root: URL

    func topics() throws -> [Topic] {
        let sources = root.appendingPathComponent("SourceTexts")
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path)
            .filter { $0.hasSuffix(".english") }.sorted()
        var byTopic: [String: [Article]] = [:]
        for name in names {
            let topic = "M00" + String(name.dropFirst(3).prefix(1))
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            byTopic[topic, default: []].append(Self.article(id: String(name.prefix(5)), text: text))
        }
        let models = root.appendingPathComponent("ModelSummaries")
        let modelNames = try FileManager.default.contentsOfDirectory(atPath: models.path).sorted()
        return try byTopic.keys.sorted().map { topic in
            let references = try modelNames.filter { $0.hasPrefix(topic + ".") }.map {
                try String(contentsOf: models.appendingPathComponent($0), encoding: .utf8)
            }
            return Topic(name: topic, articles: byTopic[topic]!, references: references)
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

    /// The article of one source file: the first line is its title (after an optional `YYYY/MM/DD` date),
    /// a following weekday date line is its publication date, and the rest is its text.
    static func article(id: String, text: String) -> Article {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        var title = lines.isEmpty ? "" : lines.removeFirst()
        var published: CalendarDate?
        if title.count > 11, let date = CalendarDate(iso: title.prefix(10).replacingOccurrences(of: "/", with: "-")) {
            published = date
            title = String(title.dropFirst(11))
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        if let line = lines.first, let date = weekdayDate(line) {
            published = published ?? date
            lines.removeFirst()
        }
        // Every line is its own paragraph: a line without a blank line after it is still a list item or a caption.
        let paragraphs = lines.filter { !$0.isEmpty }
        return Article(
            id: ArticleID(id), origin: id, text: paragraphs.joined(separator: "\n\n"),
            metadata: ArticleMetadata(title: title, published: published, language: "en")
        )
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// "Saturday, January 8, 2005" → 2005-01-08.
    static func weekdayDate(_ line: String) -> CalendarDate? {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count == 4, let month = months.firstIndex(of: String(words[1])),
              let day = Int(words[2]), let year = Int(words[3])
        else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }
}
