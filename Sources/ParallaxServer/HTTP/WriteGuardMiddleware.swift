import Foundation
import Hummingbird

/// Lets a request write (any method but GET, HEAD and OPTIONS) only when it comes from someone allowed to:
/// the bearer token when the server has one (401 otherwise), the server's own origin or no browser at all
/// (403 for a request whose `Origin` or `Sec-Fetch-Site` says another site: cross-site request forgery), and a
/// JSON or JSON Lines body (415 for anything else, as an HTML form can send no such type without asking
/// the server first). Reads stay open.
struct WriteGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The token writers must send as `Authorization: Bearer TOKEN`; nil lets anyone allowed above write.
    let token: String?

    /// The media types a write may carry.
    static var acceptedTypes: [String] { ["application/json", "application/x-ndjson"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        if let token, !Self.sameBytes(request.headers[.authorization] ?? "", "Bearer " + token) {
            var response = Responses.error(.unauthorized, "writes need the server's token: Authorization: Bearer TOKEN")
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        if let site = request.headers[HTTPFields.Element.Name("Sec-Fetch-Site")!], site != "same-origin", site != "none" {
            return Responses.error(.forbidden, "writes from another site are refused (Sec-Fetch-Site: \(site))")
        }
        if let origin = request.headers[.origin], !Self.isSameOrigin(origin, host: request.head.authority) {
            return Responses.error(.forbidden, "writes from another origin are refused (Origin: \(origin))")
        }
        let type = (request.headers[.contentType] ?? "").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard Self.acceptedTypes.contains(type) else {
            let stated = type.isEmpty ? "none" : type
            return Responses.error(
                .unsupportedMediaType,
                "Content-Type must be \(Self.acceptedTypes.joined(separator: " or ")) (got \(stated))")
        }
        return try await next(request, context)
    }

    /// Whether an `Origin` names the host the request was sent to (scheme default ports folded).
    static func isSameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let schemeEnd = origin.range(of: "://") else { return false }
        let scheme = origin[..<schemeEnd.lowerBound].lowercased()
        func folded(_ authority: Substring) -> String {
            let lower = authority.lowercased()
            for (name, port) in [("http", ":80"), ("https", ":443")] where scheme == name && lower.hasSuffix(port) {
                return String(lower.dropLast(port.count))
            }
            return lower
        }
        return folded(origin[schemeEnd.upperBound...]) == folded(Substring(host))
    }

    /// Compares in time that does not depend on where the strings first differ.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}
