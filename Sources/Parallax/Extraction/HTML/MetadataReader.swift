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
                let content = tree.attribute("content", of: node)?.trimmingCharacters(in: .whitespacesAndNewlines),
                !content.isEmpty, meta[key] == nil else { continue }
            meta[key] = content
        }
        let linked = readJSONLD(tree)
        var result = ArticleMetadata()
        result.title = linked.title ?? Self.titleKeys.lazy.compactMap { meta[$0] }.first ?? documentTitle(tree)
        result.title = result.title.map(clean)
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
        guard !title.isEmpty else { return nil }
        // " | Site", " - Site", " – Site": keep the longest part, the headline.
        for separator in [" | ", " – ", " — ", " - ", " :: ", " » ", " · "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map(clean)
            return parts.max(by: { $0.count < $1.count })
        }
        return title
    }

    private func markedAuthors(_ tree: ContentTree) -> [String] {
        for node in 0..<tree.count where tree.tag[node] == "a" || tree.tag[node] == "span" || tree.tag[node] == "div" {
            let rel = tree.attribute("rel", of: node)?.lowercased()
            let itemprop = tree.attribute("itemprop", of: node)?.lowercased()
            guard rel == "author" || itemprop == "author" else { continue }
            let name = clean(tree.textContent(of: node))
            if !name.isEmpty && name.count < 60 { return [name] }
        }
        return []
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
