import Foundation
import Parallax

/// The figures of `../shared/gold/README.md` for one gold story or summed over many, with every miss named.
package struct GoldScore: Sendable {
    /// One counted miss: the section it belongs to and what was wrong.
    package struct Miss: Sendable, Hashable {
        package let section: String
        package let text: String
    }

    package var conflictsReported = 0
    /// Reported conflicts with two differing claims on two different claims of one gold conflict.
    package var conflictsTrue = 0
    package var goldConflicts = 0
    package var goldConflictsFound = 0

    /// Reported entities seen in two or more articles: the ones scored.
    package var entitiesScored = 0
    package var entitiesJunk = 0
    package var entitiesWrongMerges = 0
    package var goldEntities = 0
    package var goldEntitiesSplit = 0
    package var goldEntitiesFound = 0
    /// Scored entities matched to exactly one gold entity, and those of them with the gold kind.
    package var kindsCompared = 0
    package var kindsRight = 0

    package var quotesRight = 0
    package var quotesWrong = 0
    package var quotesMissing = 0

    package var corroboratedFacts = 0
    package var corroboratedFound = 0
    package var distinctPairs = 0
    package var distinctMerged = 0

    package var dates = 0
    package var datesRight = 0

    /// Found / total of the sections with no figure of their own (same story, wires, boilerplate...).
    package var checks: [String: (found: Int, total: Int)] = [:]
    package var misses: [Miss] = []

    package init() {}

    package var conflictPrecision: Double? { ratio(conflictsTrue, conflictsReported) }
    package var conflictRecall: Double? { ratio(goldConflictsFound, goldConflicts) }
    package var entityJunkShare: Double? { ratio(entitiesJunk, entitiesScored) }
    package var entitySplitShare: Double? { ratio(goldEntitiesSplit, goldEntities) }
    package var entityKindAccuracy: Double? { ratio(kindsRight, kindsCompared) }
    package var quoteCount: Int { quotesRight + quotesWrong + quotesMissing }
    package var quoteRightShare: Double? { ratio(quotesRight, quoteCount) }
    package var quoteWrongShare: Double? { ratio(quotesWrong, quoteCount) }
    package var factsFoundShare: Double? { ratio(corroboratedFound, corroboratedFacts) }
    package var datesRightShare: Double? { ratio(datesRight, dates) }

    mutating func miss(_ section: String, _ text: String) {
        misses.append(Miss(section: section, text: text))
    }

    mutating func check(_ section: String, found: Bool, _ why: @autoclosure () -> String) {
        let old = checks[section] ?? (0, 0)
        checks[section] = (old.found + (found ? 1 : 0), old.total + 1)
        if !found { miss(section, why()) }
    }

    /// The sum of two scores: counts add, misses are listed one after the other.
    package static func + (lhs: GoldScore, rhs: GoldScore) -> GoldScore {
        var sum = lhs
        sum.conflictsReported += rhs.conflictsReported
        sum.conflictsTrue += rhs.conflictsTrue
        sum.goldConflicts += rhs.goldConflicts
        sum.goldConflictsFound += rhs.goldConflictsFound
        sum.entitiesScored += rhs.entitiesScored
        sum.entitiesJunk += rhs.entitiesJunk
        sum.entitiesWrongMerges += rhs.entitiesWrongMerges
        sum.goldEntities += rhs.goldEntities
        sum.goldEntitiesSplit += rhs.goldEntitiesSplit
        sum.goldEntitiesFound += rhs.goldEntitiesFound
        sum.kindsCompared += rhs.kindsCompared
        sum.kindsRight += rhs.kindsRight
        sum.quotesRight += rhs.quotesRight
        sum.quotesWrong += rhs.quotesWrong
        sum.quotesMissing += rhs.quotesMissing
        sum.corroboratedFacts += rhs.corroboratedFacts
        sum.corroboratedFound += rhs.corroboratedFound
        sum.distinctPairs += rhs.distinctPairs
        sum.distinctMerged += rhs.distinctMerged
        sum.dates += rhs.dates
        sum.datesRight += rhs.datesRight
        for (section, counts) in rhs.checks {
            let old = sum.checks[section] ?? (0, 0)
            sum.checks[section] = (old.found + counts.found, old.total + counts.total)
        }
        sum.misses += rhs.misses
        return sum
    }

    /// The figures, one line a section; with `misses`, each miss indented under its section.
    package func text(misses showMisses: Bool) -> String {
        func percent(_ value: Double?) -> String {
            guard let value else { return "–" }
            return String(format: "%.1f%%", value * 100)
        }
        func share(_ part: Int, _ whole: Int) -> String { "\(part)/\(whole) (\(percent(ratio(part, whole))))" }
        let sections: [(String, String)] = [
            ("conflicts", "precision \(share(conflictsTrue, conflictsReported)), recall \(share(goldConflictsFound, goldConflicts))"),
            ("entities", "\(entitiesScored) scored: junk \(share(entitiesJunk, entitiesScored)), wrong merges \(entitiesWrongMerges), "
                + "splits \(share(goldEntitiesSplit, goldEntities)), found \(share(goldEntitiesFound, goldEntities)), "
                + "kind \(share(kindsRight, kindsCompared))"),
            ("quotes", "right \(share(quotesRight, quoteCount)), wrong \(share(quotesWrong, quoteCount)), "
                + "missing \(share(quotesMissing, quoteCount))"),
            ("facts", "corroborated found \(share(corroboratedFound, corroboratedFacts)), "
                + "distinct pairs merged \(distinctMerged)/\(distinctPairs)"),
            ("dates", "right \(share(datesRight, dates))"),
        ] + checks.keys.sorted().map { ($0, "\(checks[$0]!.found)/\(checks[$0]!.total) found") }
        var lines: [String] = []
        for (section, figures) in sections {
            lines.append("  \(section): \(figures)")
            if showMisses {
                lines += misses.filter { $0.section == section }.map { "    - \($0.text)" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private func ratio(_ part: Int, _ whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
}
