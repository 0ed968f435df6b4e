/// Finds the article's opening just before the chosen content: the headline (`h1`) and lead paragraphs that sit in a
/// header or intro box beside the body container, so the container choice left them out.
///
/// Only a few blocks before the content are looked at, and a lead must be prose (long, almost no links) in an element
/// whose class or id names a lead (`ExtractionRules.leadMarkers`); teasers of other pages are lists of links.
struct LeadRecovery {
    let rules: ExtractionRules
    /// How many blocks before the content are looked at.
    var window = 8
    /// A lead paragraph has at least this many UTF-8 bytes.
    var minimumLeadLength = 80
    /// How many ancestors of a block's element are searched for a lead marker.
    var markerDepth = 4
    /// Class/id markers of a site's name or logo, which some pages put in an `h1` of their header.
    var siteTitleMarkers = ["logo", "site-title", "site-name", "sitename", "brand", "site-branding"]

    /// Indices (ascending) of the blocks before `first` that open the article. `hasHeadline`: the content already holds an `h1`.
    func openingBlocks(before first: Int, in blocks: [TextBlock], hasHeadline: Bool, tree: ContentTree) -> [Int] {
        var found: [Int] = []
        var index = first - 1
        var steps = 0
        while index >= 0 && steps < window {
            let block = blocks[index]
            steps += 1
            index -= 1
            if tree.tag[block.owner] == "h1" {
                // Above the headline are the site's header and navigation: stop there.
                if !hasHeadline && block.length >= 10 && block.linkDensity < 0.5 && !hasMarker(block.owner, siteTitleMarkers, tree: tree) {
                    found.append(index + 1)
                }
                break
            }
            // A long subheading right over the text is the article's deck, whatever its class.
            let isDeck = block.isHeading && steps <= 2
            if block.length >= minimumLeadLength && block.linkDensity < 0.15 && (isDeck || hasMarker(block.owner, rules.leadMarkers, tree: tree)) {
                found.append(index + 1)
            }
        }
        return found.reversed()
    }

    private func hasMarker(_ owner: Int, _ markers: [String], tree: ContentTree) -> Bool {
        var node = owner
        var depth = 0
        while node >= 0 && depth < markerDepth {
            let marker = tree.marker[node]
            if !marker.isEmpty {
                let bytes = Array(marker.utf8)
                if markers.contains(where: { BoilerplateFilter.contains(bytes, $0) }) { return true }
            }
            node = tree.parent[node]
            depth += 1
        }
        return false
    }
}
