import Parallax
/// Segment counts of the trafilatura evaluation and the figures derived from them.
///
/// A "with" segment found in the output is a true positive, a missing one a false negative;
/// a "without" segment found is a false positive, an absent one a true negative.
/// Matching is substring matching after collapsing whitespace in both texts.
package struct ExtractionScore: Hashable, Sendable {
    package var truePositives = 0
    package var falsePositives = 0
    package var trueNegatives = 0
    package var falseNegatives = 0

    package init() {}

    /// Scores one page's output against its must-keep and must-drop segments.
    package static func score(output: String, with keep: [String], without drop: [String]) -> ExtractionScore {
        let text = WhitespaceCollapser.collapse(output)
        var score = ExtractionScore()
        for segment in keep {
            if contains(text, WhitespaceCollapser.collapse(segment)) { score.truePositives += 1 } else { score.falseNegatives += 1 }
        }
        for segment in drop {
            if contains(text, WhitespaceCollapser.collapse(segment)) { score.falsePositives += 1 } else { score.trueNegatives += 1 }
        }
        return score
    }

    private static func contains(_ text: String, _ segment: String) -> Bool {
        segment.isEmpty || text.utf8.firstRange(of: segment.utf8) != nil
    }

    package static func + (lhs: ExtractionScore, rhs: ExtractionScore) -> ExtractionScore {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.trueNegatives += rhs.trueNegatives
        sum.falseNegatives += rhs.falseNegatives
        return sum
    }

    package var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    package var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    package var accuracy: Double {
        ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives)
    }
    package var fScore: Double {
        let (p, r) = (precision, recall)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
