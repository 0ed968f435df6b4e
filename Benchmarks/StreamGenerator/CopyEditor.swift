/// Edits a text into a copy whose word-shingle Jaccard with it is close to a target, as copy desks do: words
/// swapped, dropped or added, paragraphs cut or added, boilerplate lines appended.
///
/// Edits are applied in batches sized from the distance to the target (a word edit moves the Jaccard by about
/// 10 / shingles); a batch (or a paragraph edit) that overshoots is undone and replaced by single word edits, and the closer of the
/// last two states wins. The exact Jaccard of the result is measured, never assumed.
struct CopyEditor {
    let words: [String]
    let paragraphs: [[String]]
    let boilerplate: [[String]]
    let shingleSize: Int

    /// The edited paragraphs and their exact Jaccard with `original`.
    func copy(of original: [[String]], target: Double, using generator: inout SplitMix64) -> (paragraphs: [[String]], jaccard: Double) {
        let reference = ShingleSet(text: SourceText.render(original), size: shingleSize)
        var current = original
        var jaccard = 1.0
        var singleSteps = false
        var rounds = 0
        while jaccard > target && rounds < 10_000 {
            rounds += 1
            let shingles = max(1, current.reduce(0) { $0 + $1.count })
            let batch = singleSteps ? 1 : max(1, Int((jaccard - target) * Double(shingles) / 12))
            var edited = current
            for _ in 0..<batch { apply(to: &edited, wordsOnly: singleSteps, using: &generator) }
            let reached = ShingleSet(text: SourceText.render(edited), size: shingleSize).jaccard(reference)
            if reached >= target {
                current = edited
                jaccard = reached
            } else if !singleSteps {
                singleSteps = true
            } else {
                if target - reached < jaccard - target {
                    current = edited
                    jaccard = reached
                }
                break
            }
        }
        return (current, jaccard)
    }

    /// One random edit; near the target only word edits, whose steps are small.
    private func apply(to text: inout [[String]], wordsOnly: Bool, using generator: inout SplitMix64) {
        let roll = generator.below(100)
        let kind = wordsOnly ? roll % 3 : (roll < 35 ? 0 : roll < 55 ? 1 : roll < 75 ? 2 : roll < 85 ? 3 : roll < 92 ? 4 : 5)
        switch kind {
        case 0: // substitute a word
            if let (paragraph, word) = position(in: text, using: &generator) {
                text[paragraph][word] = words[generator.below(words.count)]
            }
        case 1: // delete a word (and its paragraph when it was the last)
            if let (paragraph, word) = position(in: text, using: &generator) {
                text[paragraph].remove(at: word)
                if text[paragraph].isEmpty { text.remove(at: paragraph) }
            }
        case 2: // insert a word
            if let (paragraph, word) = position(in: text, using: &generator) {
                text[paragraph].insert(words[generator.below(words.count)], at: word)
            } else {
                text.append([words[generator.below(words.count)]])
            }
        case 3 where text.count > 1: // drop a paragraph
            text.remove(at: generator.below(text.count))
        case 4: // add a paragraph of another text
            text.insert(paragraphs[generator.below(paragraphs.count)], at: generator.below(text.count + 1))
        default: // a boilerplate line at the top or the bottom
            let line = boilerplate[generator.below(boilerplate.count)]
            if generator.below(2) == 0 { text.insert(line, at: 0) } else { text.append(line) }
        }
    }

    /// A uniformly chosen word position, or nil for an empty text.
    private func position(in text: [[String]], using generator: inout SplitMix64) -> (Int, Int)? {
        let total = text.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        var offset = generator.below(total)
        for (index, paragraph) in text.enumerated() {
            if offset < paragraph.count { return (index, offset) }
            offset -= paragraph.count
        }
        return nil
    }
}
