import Parallax

/// The home page: stories newest first, each with its headline, counts, and when it was first and last seen.
enum StoryListPage {
    static func render(_ page: StoryPage, articleCount: Int, isFirstPage: Bool) -> String {
        var html = "<h1 class=\"page-title\">Stories</h1>\n"
        html += "<p class=\"meta\">\(articleCount) \(articleCount == 1 ? "article" : "articles") read</p>\n"
        if page.stories.isEmpty {
            html += isFirstPage
                ? "<p class=\"empty\">No stories yet. Add articles with <code>POST /api/articles</code> or <code>parallax ingest</code>.</p>\n"
                : "<p class=\"empty\">No older stories.</p>\n"
        } else {
            html += "<ol class=\"story-list\">\n"
            for story in page.stories { html += item(story) }
            html += "</ol>\n"
        }
        var links: [String] = []
        if !isFirstPage { links.append("<a href=\"/\">← Newest</a>") }
        if let next = page.next { links.append("<a rel=\"next\" href=\"/?cursor=\(PathEscaping.segment(next.token))\">Older stories →</a>") }
        if !links.isEmpty { html += "<nav class=\"pager\">\(links.joined(separator: " "))</nav>\n" }
        return PageLayout.page(title: "Parallax · Stories", body: html)
    }

    private static func item(_ story: StoryOverview) -> String {
        let link = "/stories/\(PathEscaping.segment(story.id.rawValue))"
        let sources = "\(story.sourceCount) \(story.sourceCount == 1 ? "source" : "sources")"
        let articles = "\(story.articleCount) \(story.articleCount == 1 ? "article" : "articles")"
        return """
            <li class="story-item"><a class="story-link" href="\(link)"><span class="headline">\(HTMLEscaping.escape(story.headline))</span></a>
            <p class="meta"><span class="badge">\(sources)</span> <span>\(articles)</span> <span>first seen \(PageLayout.time(story.firstSeen, dayOnly: story.isDayPrecision))</span> <span>updated \(PageLayout.time(story.lastSeen, dayOnly: story.isDayPrecision))</span></p></li>

            """
    }
}
