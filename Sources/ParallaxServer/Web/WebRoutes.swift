import Hummingbird
import Parallax

/// The pages: the story list at `/`, a story at `/stories/{id}`, and the static stylesheet and script.
struct WebRoutes<Context: RequestContext>: Sendable {
    let repository: any StoryRepository

    func register(on router: Router<Context>) {
        router.get("/") { request, _ in try await storyList(request) }
        router.get("/stories/{id}") { _, context in try await story(context) }
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
        let id = StoryID(PathEscaping.decode(try context.parameters.require("id")))
        guard let brief = try await repository.brief(of: id)?.brief else { throw APIError.notFound("no story with this id") }
        var articles: [ArticleID: Article] = [:]
        for source in brief.sources {
            if let stored = try await repository.article(source.article) { articles[source.article] = stored.article }
        }
        let summary = try await repository.summary(of: id)
        return Responses.html(StoryPageRenderer(brief: brief, summary: summary, articles: articles).render())
    }

    private func asset(_ text: String, type: String) -> Response {
        var response = Responses.text(text, type: type)
        response.headers[.cacheControl] = "public, max-age=300"
        return response
    }
}
