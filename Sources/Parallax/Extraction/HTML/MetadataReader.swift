import Foundation

/// Reads title, authors, date, publisher, canonical URL and language from JSON-LD, OpenGraph, `<meta>`, `<time>`, `<link rel=canonical>`, `<html lang>` and `<title>`.
struct MetadataReader {
    /// `<meta name|property>` keys, best first, for each field.
    static let titleKeys = ["og:title", "twitter:title", "dc.title", "citation_title", "title", "headline"]
    static let authorKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "byl", "sailthru.author", "parsely-author", "twitter:creator"]
    static let dateKeys = [
        "article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "publishdate", "pubdate", "publish-date", "publication_date",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "article.published",
        "date_published", "created", "og:updated_time", "article:modified_time", "last-modified",
    ]
    static let publisherKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"]
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "scholarlyarticle", "techarticle", "report", "posting", "socialmediaposting", "liveblogposting", "webpage", "review",
    ]

    func read(_ tree: ContentTree) -> ArticleMetadata {
        var meta: [String: String] = [:]
        for node in tree.elements(named: "meta") {
            guard let key = (tree.attribute("property", of: node) ?? tree.attribute("name", of: node)
                ?? tree.attribute("itemprop", of: node))?.lowercased(),
                let content = tree.attribute("content", of: node).map(Self.trimmed),
                !content.isEmpty, meta[key] == nil else { continue }
            meta[key] = content
        }
        let linked = readJSONLD(tree)
        var result = ArticleMetadata()
        // The page's own headline (its first h1) is what readers see; meta titles often carry a site suffix.
        let headline = tree.elements(named: "h1").lazy.map { self.clean(tree.textContent(of: $0)) }
            .first { $0.count >= 2 && $0.count <= 250 }
        let declared = (linked.title ?? Self.titleKeys.lazy.compactMap { meta[$0] }.first).map { withoutSiteSuffix(clean($0)) }
        result.title = headline ?? declared ?? documentTitle(tree)
        var authors = linked.authors
        if authors.isEmpty, let value = Self.authorKeys.lazy.compactMap({ meta[$0] }).first(where: { !$0.hasPrefix("http") && !$0.hasPrefix("@") }) {
            authors = [clean(value)]
        }
        if authors.isEmpty { authors = markedAuthors(tree) }
        result.authors = authors
        result.published = linked.date ?? Self.dateKeys.lazy.compactMap({ meta[$0] }).compactMap(DateText.parse).first
            ?? timeElementDate(tree) ?? linked.url.flatMap(DateText.fromURL)
        result.publisher = linked.publisher ?? Self.publisherKeys.lazy.compactMap { meta[$0] }.first.map(clean)
        let canonical = tree.elements(named: "link").first { node in
            tree.attribute("rel", of: node)?.lowercased().split(separator: " ").contains("canonical") == true
        }.flatMap { tree.attribute("href", of: $0) }
        result.url = canonical ?? meta["og:url"] ?? linked.url
        if result.published == nil, let url = result.url { result.published = DateText.fromURL(url) }
        let language = tree.elements(named: "html").first.flatMap { tree.attribute("lang", of: $0) }
            ?? linked.language ?? meta["og:locale"] ?? meta["content-language"] ?? meta["language"]
        result.language = language.map { String($0.prefix(while: { $0 != "-" && $0 != "_" })).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        return result
    }

    private func documentTitle(_ tree: ContentTree) -> String? {
        guard let node = tree.elements(named: "title").first else { return nil }
        let title = clean(tree.textContent(of: node))
        return title.isEmpty ? nil : withoutSiteSuffix(title)
    }

    /// " | Site", " - Site", " – Site": keeps the longest part, the headline.
    private func withoutSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » ", " · ", " › "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map(clean)
            return parts.max(by: { $0.count < $1.count }) ?? title
        }
        return title
    }

    /// Words that introduce a name in a byline ("By", "Von", "Par", "View all posts by"), lowercased.
    static let bylineLeads = ["view all posts by ", "zeige alle beiträge von ", "alle beiträge von ", "posted by ", "written by ",
                              "by ", "von ", "par ", "por ", "di ", "door ", "av ", "autor: ", "author: "]

    private func markedAuthors(_ tree: ContentTree) -> [String] {
        // The first element with rel or itemprop "author" decides alone; only elements with kept attributes can have one.
        var first: Int?
        for node in 0..<tree.count where tree.tagCode[node] != 0 {
            let attributes = tree.attributes(of: node)
            if attributes.isEmpty { continue }
            let rel = attributes.first(where: { $0.name == "rel" })?.value.lowercased()
            let itemprop = attributes.first(where: { $0.name == "itemprop" })?.value.lowercased()
            if rel == "author" || itemprop == "author" { first = node; break }
        }
        if let first { return bylineName(tree.textContent(of: first)).map { [$0] } ?? [] }
        var marked: [Int] = []
        for node in 0..<tree.count where !tree.marker[node].isEmpty {
            var marker = tree.marker[node]
            if marker.withUTF8({ Self.contains($0, "author") || Self.contains($0, "byline") }) { marked.append(node) }
        }
        for node in marked {
            if let name = bylineName(tree.textContent(of: node)) { return [name] }
        }
        return []
    }

    /// A person's name from a byline's text, or nil when it does not look like one (too long, digits, e-mail).
    private func bylineName(_ text: String) -> String? {
        var name = clean(text)
        let lowered = name.lowercased()
        for lead in Self.bylineLeads {
            if let range = Self.range(of: lead, in: lowered), range.lowerBound == lowered.startIndex || lead.count > 4 {
                let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
                name = String(name.dropFirst(offset))
                break
            }
        }
        name = clean(name)
        guard name.count >= 3, name.count <= 50, !name.contains("@"), !name.contains(where: \.isNumber) else { return nil }
        return name
    }

    private func timeElementDate(_ tree: ContentTree) -> CalendarDate? {
        let times = tree.elements(named: "time")
        let published = times.first { tree.attribute("itemprop", of: $0)?.lowercased() == "datepublished" || tree.attribute("pubdate", of: $0) != nil }
        for node in (published.map { [$0] } ?? []) + times {
            if let value = tree.attribute("datetime", of: node), let date = DateText.parse(value) { return date }
        }
        return nil
    }

    private func clean(_ text: String) -> String { WhitespaceCollapser.collapse(text) }

    /// `text.range(of: needle)`; for ASCII text a byte search gives the same first match without Foundation
    /// (a non-ASCII needle cannot match ASCII text, not even a decomposed spelling of it).
    static func range(of needle: String, in text: String) -> Range<String.Index>? {
        let haystack = text.utf8
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.allSatisfy({ $0 < 0x80 }) else { return text.range(of: needle) }
        guard pattern.allSatisfy({ $0 < 0x80 }), pattern.count <= haystack.count else { return nil }
        let bytes = Array(haystack)
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            var offset = 1
            while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count {
                let lower = haystack.index(haystack.startIndex, offsetBy: start)
                return lower..<haystack.index(lower, offsetBy: pattern.count)
            }
        }
        return nil
    }

    /// Whether the ASCII `needle` occurs in `haystack`, with no copy of either.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard length > 0, length <= haystack.count else { return false }
        let pattern = needle.utf8Start
        for start in 0...(haystack.count - length) where haystack[start] == pattern[0] {
            var offset = 1
            while offset < length && haystack[start + offset] == pattern[offset] { offset += 1 }
            if offset == length { return true }
        }
        return false
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, skipping Foundation when both ends are visible ASCII.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private struct Linked {
        var title: String?
        var authors: [String] = []
        var date: CalendarDate?
        var publisher: String?
        var url: String?
        var language: String?
    }

    private func readJSONLD(_ tree: ContentTree) -> Linked {
        var objects: [[String: Any]] = []
        for node in tree.elements(named: "script") where tree.attribute("type", of: node)?.lowercased().contains("ld+json") == true {
            let source = tree.textContent(of: node)
            guard let data = source.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            collect(value, into: &objects)
        }
        var linked = Linked()
        let ranked = objects.filter { isArticle($0, excludingPages: true) } + objects.filter { isArticle($0, excludingPages: false) }
        guard let article = ranked.first else { return linked }
        linked.title = (article["headline"] as? String) ?? (article["name"] as? String)
        linked.authors = names(article["author"])
        linked.date = (article["datePublished"] as? String).flatMap(DateText.parse)
            ?? (article["dateCreated"] as? String).flatMap(DateText.parse)
        linked.publisher = names(article["publisher"]).first
        linked.url = (article["url"] as? String) ?? (article["mainEntityOfPage"] as? String)
            ?? ((article["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
        linked.language = article["inLanguage"] as? String
        return linked
    }

    private func collect(_ value: Any, into objects: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for item in array { collect(item, into: &objects) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collect(graph, into: &objects) }
        }
    }

    private func isArticle(_ object: [String: Any], excludingPages: Bool) -> Bool {
        let types: [String]
        if let single = object["@type"] as? String { types = [single] } else { types = object["@type"] as? [String] ?? [] }
        return types.contains { type in
            let lowered = type.lowercased()
            return Self.articleTypes.contains(lowered) && !(excludingPages && lowered == "webpage")
        }
    }

    private func names(_ value: Any?) -> [String] {
        if let text = value as? String { return text.isEmpty || text.hasPrefix("http") ? [] : [clean(text)] }
        if let object = value as? [String: Any] {
            return (object["name"] as? String).map { [clean($0)] } ?? []
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
