import Foundation
import Hummingbird
import Parallax

/// The JSON API: adding articles, listing stories, a story's brief in each format, one article, health.
struct APIRoutes<Context: RequestContext>: Sendable {
    let repository: any StoryRepository
    let bodyLimit: Int

    func register(on router: Router<Context>) {
        router.get("/health") { _, _ in try await health() }
        router.get("/api/openapi.json") { _, _ in Responses.jsonText(OpenAPIDocument.json) }
        router.post("/api/articles") { request, _ in try await addArticles(request) }
        router.get("/api/stories") { request, _ in try await listStories(request) }
        router.get("/api/stories/{id}") { _, context in try await brief(context) }
        router.get("/api/stories/{id}/brief") { request, context in try await renderedBrief(request, context) }
        router.get("/api/articles/{id}") { _, context in try await article(context) }
    }

    private func health() async throws -> Response {
        try Responses.json(APIModels.Health(status: "ok", articles: try await repository.articleCount()))
    }

    private func addArticles(_ request: Request) async throws -> Response {
        let buffer = try await request.body.collect(upTo: bodyLimit)
        let documents = try ArticleInputDecoder.documents(
            from: Data(buffer.readableBytesView), contentType: request.headers[.contentType])
        let assignments = try await repository.add(documents)
        return try Responses.json(APIModels.Added(articles: assignments), status: .created)
    }

    private func listStories(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        var query = StoryQuery()
        if let since = parameters["since"].map(String.init) {
            guard let date = Timestamps.parse(since) else {
                throw APIError.badRequest("parameter 'since' must be an ISO 8601 date or date-time")
            }
            query.since = date
        }
        if let limit = parameters["limit"].map(String.init) {
            guard let value = Int(limit), (1...StoryQuery.maximumLimit).contains(value) else {
                throw APIError.badRequest("parameter 'limit' must be an integer from 1 to \(StoryQuery.maximumLimit)")
            }
            query.limit = value
        }
        if let cursor = parameters["cursor"].map(String.init) {
            guard let position = StoryCursor(token: cursor) else {
                throw APIError.badRequest("parameter 'cursor' is not a cursor this server gave")
            }
            query.cursor = position
        }
        let page = try await repository.stories(query)
        return try Responses.json(APIModels.StoryList(stories: page.stories.map(APIModels.StoryItem.init), next: page.next?.token))
    }

    private func brief(_ context: Context) async throws -> Response {
        Responses.jsonText(try await requireBrief(context).json)
    }

    private func renderedBrief(_ request: Request, _ context: Context) async throws -> Response {
        let name = request.uri.queryParameters["format"].map(String.init) ?? "markdown"
        guard let format = BriefFormat(rawValue: name) else {
            throw APIError.badRequest("parameter 'format' must be one of markdown, html, text, json")
        }
        let rendered: String
        if format == .json {
            rendered = try await requireBrief(context).json
        } else {
            rendered = format.renderer(useColor: false).render([try await requireBrief(context).brief])
        }
        switch format {
        case .markdown: return Responses.text(rendered, type: "text/markdown; charset=utf-8")
        case .text: return Responses.text(rendered, type: "text/plain; charset=utf-8")
        case .json: return Responses.jsonText(rendered)
        case .html:
            var response = Responses.html(rendered)
            response.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<Context>.standalonePolicy
            return response
        }
    }

    private func article(_ context: Context) async throws -> Response {
        let id = ArticleID(PathEscaping.decode(try context.parameters.require("id")))
        guard let stored = try await repository.article(id) else {
            throw APIError.notFound("no article with id '\(id.rawValue)'")
        }
        return try Responses.json(APIModels.ArticleBody(stored))
    }

    private func requireBrief(_ context: Context) async throws -> RenderedBrief {
        let id = StoryID(PathEscaping.decode(try context.parameters.require("id")))
        guard let brief = try await repository.brief(of: id) else {
            throw APIError.notFound("no story with id '\(id.rawValue)'")
        }
        return brief
    }
}
