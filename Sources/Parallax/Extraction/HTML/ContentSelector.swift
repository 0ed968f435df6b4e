/// Chooses the blocks that form the main text: a readability-style best container, its good siblings,
/// and a fallback to all dense blocks when the container is poor.
struct ContentSelector {
    let configuration: HTMLExtractor.Configuration
    /// The configuration's marker lists compiled once (see `MarkerMatcher`).
    var matcher: MarkerMatcher? = nil

    func select(_ blocks: [TextBlock], in tree: ContentTree) -> [TextBlock] {
        guard !blocks.isEmpty else { return [] }
        let rules = configuration.rules
        let filter = BoilerplateFilter(rules: rules, matcher: matcher)
        var score = [Double](repeating: 0, count: tree.count)
        var isCandidate = [Bool](repeating: false, count: tree.count)
        var textLength = [Int](repeating: 0, count: tree.count)
        var linkLength = [Int](repeating: 0, count: tree.count)

        for block in blocks {
            var node = block.owner
            while node >= 0 {
                textLength[node] += block.length
                linkLength[node] += block.linkLength
                node = tree.parent[node]
            }
            guard block.length >= configuration.minimumScoredBlockLength, !block.isHeading else { continue }
            // A paragraph votes for the containers above it, less the farther they are.
            // Commas are capped: a list of names with affiliations ("Ann Lee, Yale") is full of them and is not prose.
            let vote = 1 + Double(min(commaCount(block.text), configuration.maximumCommaVotes)) + min(Double(block.length) / 100, 3)
            // The paragraph's own element is not a container; the one holding it is.
            let ownerTag = tree.tag[block.owner]
            let isContainerTag = ownerTag == "article" || ownerTag == "main" || ownerTag == "section" || ownerTag == "body"
            var ancestor = isContainerTag ? block.owner : tree.parent[block.owner]
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    score[ancestor] = initialScore(of: ancestor, in: tree, filter: filter)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[ancestor] += vote / divider
                ancestor = tree.parent[ancestor]
                level += 1
            }
        }

        var best = -1
        var bestScore = 0.0
        for node in 0..<tree.count where isCandidate[node] {
            let density = textLength[node] == 0 ? 0 : Double(linkLength[node]) / Double(textLength[node])
            score[node] *= (1 - density)
            if score[node] > bestScore { bestScore = score[node]; best = node }
        }

        let denseBlocks = blocks.filter { isDense($0) }
        let denseLength = denseBlocks.reduce(0) { $0 + $1.length }
        guard best >= 0 else { return denseBlocks }
        best = promote(best, score: score, isCandidate: isCandidate, tree: tree)
        bestScore = max(bestScore, score[best])

        // Siblings of the best container that look like more of the same join it.
        var included = Set<Int>([best])
        let parent = tree.parent[best]
        if parent >= 0 {
            let threshold = max(10, bestScore * configuration.siblingScoreShare)
            for sibling in tree.children[parent] where sibling != best && !tree.tag[sibling].isEmpty {
                if isCandidate[sibling] && score[sibling] >= threshold {
                    included.insert(sibling)
                    continue
                }
                let length = textLength[sibling]
                guard length > 0 else { continue }
                let density = Double(linkLength[sibling]) / Double(length)
                if tree.tag[sibling] == "p" && ((length > 80 && density < 0.25) || (density == 0 && length > 0)) {
                    included.insert(sibling)
                } else if length >= configuration.siblingTextLength && density < 0.2 {
                    // A lead paragraph in the article header, a second body part: dense text next to the content.
                    included.insert(sibling)
                }
            }
        }

        let inside = blocks.indices.filter { isInside(blocks[$0].owner, included, tree: tree) }
        var chosen: [Int] = []
        var chosenLength = 0
        for (position, index) in inside.enumerated() where keep(blocks[index]) {
            let block = blocks[index]
            // A heading over a list of links ("Related stories") or over nothing goes with what it announces.
            if block.isHeading && (position + 1 == inside.count || !keep(blocks[inside[position + 1]])) { continue }
            chosen.append(index)
            if isDense(block) { chosenLength += block.length }
        }
        if Double(chosenLength) < Double(denseLength) * configuration.fallbackShare {
            return blocks.filter { isDense($0) || $0.isHeading && $0.linkDensity < 0.5 }
        }
        if let first = chosen.first {
            let hasHeadline = chosen.contains { tree.tag[blocks[$0].owner] == "h1" }
            chosen = LeadRecovery(rules: rules).openingBlocks(before: first, in: blocks, hasHeadline: hasHeadline, tree: tree) + chosen
        }
        chosen = ContentNeighbours(configuration: configuration).fillGaps(chosen, in: blocks)
        return trimEdges(chosen.map { blocks[$0] })
    }

    /// Short lines before the first and after the last substantial paragraph are bylines, dates,
    /// "read more" headings and calls to action far more often than they are content.
    private func trimEdges(_ blocks: [TextBlock]) -> [TextBlock] {
        guard let first = blocks.firstIndex(where: isDense), let last = blocks.lastIndex(where: isDense) else { return blocks }
        var kept: [TextBlock] = []
        for (index, block) in blocks.enumerated() {
            // A short sentence ("Be there or be square!", a blog's closing line) is text; a label is not.
            let isShortLabel = block.length < configuration.edgeLineLength && !endsLikeSentence(block.text)
            if index < first && !block.isHeading && isShortLabel { continue }
            if index > last && isShortLabel { continue }
            kept.append(block)
        }
        return kept
    }

    /// Ends with a full stop, an exclamation or question mark. An ellipsis does not count: a short line cut off
    /// with "…" at the edge of the text is a teaser of another page.
    private func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.utf8.last else { return false }
        if text.utf8.count >= 3 && text.utf8.suffix(3).elementsEqual([0x2E, 0x2E, 0x2E]) { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F
    }

    /// Moves from the best container up to an ancestor when the content is spread over several strong
    /// candidates (recipes, articles split in sections) or when the ancestor scores nearly as well.
    private func promote(_ start: Int, score: [Double], isCandidate: [Bool], tree: ContentTree) -> Int {
        let topScore = score[start]
        var alternatives: [Int] = []
        for node in 0..<tree.count where isCandidate[node] && node != start && score[node] >= topScore * 0.75 {
            alternatives.append(node)
        }
        var best = start
        if alternatives.count >= 2 {
            var ancestor = tree.parent[start]
            while ancestor >= 0 {
                let holding = alternatives.filter { isInside($0, [ancestor], tree: tree) }.count
                if holding >= 2 { best = ancestor; break }
                ancestor = tree.parent[ancestor]
            }
            if ancestor < 0 { best = start }
        }
        // Walk up while the parent scores at least as well (the content sits in its parent, not one column).
        var lastScore = score[best]
        let threshold = lastScore / 3
        var parent = tree.parent[best]
        while parent >= 0 && tree.tag[parent] != "body" && tree.tag[parent] != "html" {
            if !isCandidate[parent] { parent = tree.parent[parent]; continue }
            if score[parent] < threshold { break }
            if score[parent] > lastScore { best = parent; break }
            lastScore = score[parent]
            parent = tree.parent[parent]
        }
        // An only child says nothing more than its parent.
        while tree.parent[best] >= 0, tree.tag[tree.parent[best]] != "body",
              tree.children[tree.parent[best]].filter({ !tree.tag[$0].isEmpty }).count == 1 {
            best = tree.parent[best]
        }
        return best
    }

    /// A block worth keeping when the container could not be trusted: long, few links.
    private func isDense(_ block: TextBlock) -> Bool {
        block.length >= 60 && block.linkDensity < 0.33
    }

    /// Inside the content, a block is kept unless it is a line of links.
    private func keep(_ block: TextBlock) -> Bool {
        if block.linkDensity <= configuration.maximumLinkDensity { return true }
        return block.length > 200 && block.linkDensity < 0.8
    }

    private func isInside(_ node: Int, _ roots: Set<Int>, tree: ContentTree) -> Bool {
        var current = node
        while current >= 0 {
            if roots.contains(current) { return true }
            current = tree.parent[current]
        }
        return false
    }

    private func initialScore(of node: Int, in tree: ContentTree, filter: BoilerplateFilter) -> Double {
        var value: Double
        switch tree.tag[node] {
        case "div", "article", "main", "section": value = 5
        case "pre", "td", "blockquote": value = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": value = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
        default: value = 0
        }
        let marker = tree.marker[node]
        guard !marker.isEmpty else { return value }
        if filter.judge(marker) != .neutral { value -= 25 }
        if filter.matcher.containsPositive(marker) { value += 25 }
        return value
    }

    private func commaCount(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte == 0x2C { count += 1 }
        return count
    }
}
