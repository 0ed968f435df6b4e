import Hummingbird
import Logging

/// Turns every error into a response: JSON `{"error": ...}` under /api and /health, a small HTML page elsewhere.
///
/// Hummingbird's own errors (unknown route, body over the limit) arrive here too, so they get the same shape.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return render(error.status, error.message, for: request)
        } catch let error as HTTPResponseError {
            return render(error.status, message(for: error.status), for: request)
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return render(.internalServerError, "internal error", for: request)
        }
    }

    private func render(_ status: HTTPResponse.Status, _ message: String, for request: Request) -> Response {
        let path = request.uri.path
        if path.hasPrefix("/api/") || path == "/api" || path == "/health" {
            return Responses.error(status, message)
        }
        return Responses.html(ErrorPage.render(status: status.code, message: message), status: status)
    }

    private func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "not found"
        case .contentTooLarge: "request body is larger than the limit"
        case .methodNotAllowed: "method not allowed"
        default: status.reasonPhrase.lowercased()
        }
    }
}
