import Hummingbird
import Parallax

/// The pages: the story list at `/`, a story at `/stories/{id}`, one part of a source's text at
/// `/stories/{id}/sources/{number}?part=`, and the static stylesheet and script.
struct WebRoutes<Context: RequestContext>: Sendable {
    let repository: any StoryRepository

    func register(on router: Router<Context>) {
        router.get("/") { request, _ in try await storyList(request) }
        router.get("/stories/{id}") { _, context in try await story(context) }
        router.get("/stories/{id}/sources/{number}") { request, context in try await source(request, context) }
        router.get("/static/parallax.css") { _, _ in asset(StaticAssets.css, type: "text/css; charset=utf-8") }
        router.get("/static/parallax.js") { _, _ in asset(StaticAssets.javascript, type: "text/javascript; charset=utf-8") }
    }

    private func storyList(_ request: Request) async throws -> Response {
        var query = StoryQuery()
        let token = request.uri.queryParameters["cursor"].map(String.init)
        if let token {
            guard let cursor = StoryCursor(token: token) else { throw APIError.badRequest("this page link is not valid") }
            query.cursor = cursor
        }
        let page = try await repository.stories(query)
        let count = try await repository.articleCount()
        return Responses.html(StoryListPage.render(page, articleCount: count, isFirstPage: token == nil))
    }

    private func story(_ context: Context) async throws -> Response {
        let brief = try await brief(context)
        var articles: [ArticleID: Article] = [:]
        for source in brief.sources.prefix(SourcePart.sourcesOnStoryPage) {
            if let stored = try await repository.article(source.article) { articles[source.article] = stored.article }
        }
        let summary = try await repository.summary(of: brief.story)
        return Responses.html(StoryPageRenderer(brief: brief, summary: summary, articles: articles).render())
    }

    private func source(_ request: Request, _ context: Context) async throws -> Response {
        let brief = try await brief(context)
        // Compared before any arithmetic: `Int.min - 1` would trap.
        guard let number = Int(try context.parameters.require("number")), number >= 1, number <= brief.sources.count else {
            throw APIError.notFound("this story has no source with this number")
        }
        let article = try await repository.article(brief.sources[number - 1].article)?.article
        var part = SourcePart(number: 1)
        if let value = request.uri.queryParameters["part"] {
            let count = SourcePart.count(forLength: article?.text.utf8.count ?? 0)
            guard let number = Int(value), (1...count).contains(number) else {
                throw APIError.notFound("this source's text has \(count) \(count == 1 ? "part" : "parts")")
            }
            part = SourcePart(number: number)
        }
        return Responses.html(SourcePage.render(brief: brief, number: number, article: article, part: part))
    }

    private func brief(_ context: Context) async throws -> Brief {
        let id = StoryID(PathEscaping.decode(try context.parameters.require("id")))
        guard let brief = try await repository.brief(of: id)?.brief else { throw APIError.notFound("no story with this id") }
        return brief
    }

    private func asset(_ text: String, type: String) -> Response {
        var response = Responses.text(text, type: type)
        response.headers[.cacheControl] = "public, max-age=300"
        return response
    }
}
