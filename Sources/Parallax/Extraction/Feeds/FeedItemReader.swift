import Foundation

/// Reads the fields of RSS items and Atom entries from a feed tree.
struct FeedItemReader {
    let tree: FeedTree

    /// RSS 2.0 / 1.0 `item`: title, link, guid, pubDate, author/dc:creator, content:encoded else description.
    func rssItem(_ node: Int) -> FeedItem {
        var item = FeedItem()
        item.title = tree.text(of: node, child: "title", "dc:title")
        item.link = tree.text(of: node, child: "link") ?? atomLink(of: node)
        item.id = tree.text(of: node, child: "guid", "dc:identifier")
        item.published = tree.text(of: node, child: "pubdate", "dc:date", "published", "updated")
            .flatMap(FeedDateParser.date(from:))
        for creator in tree.children(of: node, named: "dc:creator") {
            if let name = tree.cleanText(of: creator) { item.authors.append(name) }
        }
        if item.authors.isEmpty, let author = tree.text(of: node, child: "author"), let name = Self.personName(author) {
            item.authors.append(name)
        }
        if let content = tree.child(of: node, named: "content:encoded", "description", "content") {
            item.html = html(of: content, type: "html")
        }
        return item
    }

    /// Atom `entry`: title, link href, id, published/updated, author/name, content else summary.
    func atomEntry(_ node: Int) -> FeedItem {
        var item = FeedItem()
        item.title = tree.text(of: node, child: "title")
        item.link = atomLink(of: node)
        item.id = tree.text(of: node, child: "id")
        item.published = tree.text(of: node, child: "published", "updated", "dc:date")
            .flatMap(FeedDateParser.date(from:))
        for author in tree.children(of: node, named: "author") {
            if let name = tree.text(of: author, child: "name") ?? tree.cleanText(of: author) { item.authors.append(name) }
        }
        if let content = tree.child(of: node, named: "content", "summary") {
            let type = tree.document.attribute("type", of: content)?.lowercased() ?? "text"
            item.html = html(of: content, type: type)
        }
        return item
    }

    /// The `href` of the entry's alternate link (a link without `rel` counts as alternate).
    private func atomLink(of node: Int) -> String? {
        let links = tree.children(of: node, named: "link") + tree.children(of: node, named: "atom:link")
        let document = tree.document
        let alternate = links.first { (document.attribute("rel", of: $0) ?? "alternate") == "alternate" }
        guard let chosen = alternate ?? links.first, let href = document.attribute("href", of: chosen) else { return nil }
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The body as HTML: escaped or CDATA markup is already HTML text, inline XHTML is written back out,
    /// and Atom plain text is escaped into a paragraph.
    private func html(of content: Int, type: String) -> String? {
        let hasElements = !tree.elementChildren(of: content).isEmpty
        let body: String
        if hasElements || type.contains("xhtml") {
            body = HTMLSerializer.innerHTML(of: content, in: tree.document)
        } else if type == "text" || type == "text/plain" {
            body = "<p>" + HTMLSerializer.escaped(tree.document.text(of: content), quotes: false) + "</p>"
        } else {
            body = tree.document.text(of: content)
        }
        return body.allSatisfy(\.isWhitespace) || body == "<p></p>" ? nil : body
    }

    /// "jane@example.com (Jane Doe)" → "Jane Doe"; a bare e-mail address is not a name.
    static func personName(_ author: String) -> String? {
        if let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"), open < close {
            let inner = author[author.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            return inner.isEmpty ? nil : inner
        }
        return author.contains("@") ? nil : author
    }
}
