import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

/// `parallax copies`: a stream stage — `parallax prepare` lines in, each tagged with the candidate group it was
/// put in (`"group"`); the exact copies and near-duplicates within each group out, as `parallax dedup` finds them.
struct CopiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copies",
        abstract: "Find exact copies and near-duplicates within groups of prepared articles (parallax prepare lines).",
        discussion: """
            Each line of standard input is a `parallax prepare` line with a "group" field; lines without an \
            article are skipped. Within each group, the articles are compared as `parallax dedup` compares \
            them (exact key, then MinHash candidates checked by the exact Jaccard of their 5-word shingles) and \
            each exact copy or near-duplicate gives a line {"copy", "original", "kind", "jaccard"}, the copy \
            being the later, contained or wire-crediting one. Groups made of articles that share an exact key \
            or a band key (`exactKey`, `bandKeys`) hold every pair `dedup` would check; rewrites, which share \
            only passages, are not looked for.
            """
    )

    func run() throws {
        let records = try PreparedRecord.standardInput()
        let detector = CopyDetector(configuration: PipelineConfiguration.default.clustering.copies)
        // An article is in the group of each of its band keys: it is read and shingled once.
        var featuresOf: [String: CopyFeatures] = [:]
        var groups: [String: [CopyFeatures]] = [:]
        var order: [String] = []
        for record in records {
            guard let row = record.row else { continue }
            let group = record.group ?? ""
            if groups[group] == nil { order.append(group) }
            let key = row.id + "\u{0}" + row.contentHash
            if featuresOf[key] == nil {
                do {
                    featuresOf[key] = detector.features(of: try row.analyzed(in: "stdin"))
                } catch let error as StoreError {
                    Terminal.error(error.description)
                    throw ExitCode(1)
                }
            }
            groups[group, default: []].append(featuresOf[key]!)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = ""
        for group in order {
            for relation in detector.relations(among: groups[group]!) where relation.kind != .rewrite {
                output += String(decoding: try encoder.encode(relation), as: UTF8.self) + "\n"
            }
        }
        Terminal.write(output, as: .json)
    }
}
