import Foundation
import Hummingbird

/// Builds the server's responses: JSON with sorted keys, HTML and plain text, all UTF-8.
enum Responses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return body(try encoder.encode(value), type: "application/json; charset=utf-8", status: status)
    }

    /// A JSON text already rendered, such as `JSONRenderer`'s output.
    static func jsonText(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), type: "text/html; charset=utf-8", status: status)
    }

    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(text.utf8), type: type, status: status)
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        // Built by hand so an error response can never fail to encode.
        let escaped = JSONStringEscaping.escape(message)
        return body(Data("{\"error\":\"\(escaped)\"}".utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func body(_ data: Data, type: String, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
