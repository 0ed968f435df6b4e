import Foundation
import Hummingbird

/// An error the API reports to the client as `{"error": "..."}` with a status: bad input names the field.
package struct APIError: HTTPResponseError, Equatable {
    package let status: HTTPResponse.Status
    package let message: String

    package init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    package static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }
    package static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    package func response(from request: Request, context: some RequestContext) throws -> Response {
        Responses.error(status, message)
    }
}
