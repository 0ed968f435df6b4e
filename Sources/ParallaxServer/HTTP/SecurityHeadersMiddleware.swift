import Hummingbird

/// Adds the security headers to every response, errors included: a Content-Security-Policy that allows only
/// same-origin scripts and styles (never inline ones), and no MIME sniffing or referrers.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String { "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" }
    /// The standalone HTML brief carries its CSS inline (it is meant to be saved as one file), so its policy allows
    /// inline styles; scripts stay forbidden.
    static var standalonePolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.policy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
