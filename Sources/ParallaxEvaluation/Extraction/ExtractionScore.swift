import Parallax
/// Segment counts of the trafilatura evaluation and the figures derived from them.
///
/// A "with" segment found in the output is a true positive, a missing one a false negative;
/// a "without" segment found is a false positive, an absent one a true negative.
/// Matching is substring matching after collapsing whitespace in both texts.
public struct ExtractionScore: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var trueNegatives = 0
    public var falseNegatives = 0

    public init() {}

    /// Scores one page's output against its must-keep and must-drop segments.
    public static func score(output: String, with keep: [String], without drop: [String]) -> ExtractionScore {
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

    public static func + (lhs: ExtractionScore, rhs: ExtractionScore) -> ExtractionScore {
        var sum = lhs
        sum.truePositives += rhs.truePositives
        sum.falsePositives += rhs.falsePositives
        sum.trueNegatives += rhs.trueNegatives
        sum.falseNegatives += rhs.falseNegatives
        return sum
    }

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var accuracy: Double {
        ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives)
    }
    public var fScore: Double {
        let (p, r) = (precision, recall)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
