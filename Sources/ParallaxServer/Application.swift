import Hummingbird
import Logging

/// How the server listens and what it serves: address, body limit, and the repository behind it.
package struct ServerConfiguration: Sendable {
    package var host: String
    package var port: Int
    /// Requests with a larger body get 413.
    package var bodyLimit: Int
    /// The bearer token that writes must carry; nil lets any same-origin or non-browser client write.
    package var writeToken: String?

    /// The default limit on a request body: ten megabytes.
    package static let defaultBodyLimit = 10 * 1024 * 1024

    /// Listens on 127.0.0.1:8080, so nothing outside the machine reaches it unless asked; 10 MB bodies.
    package static let `default` = ServerConfiguration(host: "127.0.0.1", port: 8080, bodyLimit: defaultBodyLimit)

    package init(host: String, port: Int, bodyLimit: Int, writeToken: String? = nil) {
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
        self.writeToken = writeToken
    }

    /// Whether `host` is reachable only from this machine: a loopback address or the name `localhost`.
    package static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        return lower == "localhost" || lower == "::1" || lower == "[::1]" || lower.hasPrefix("127.")
    }
}

/// The routes and middleware, with no sockets: what tests drive and `buildApplication` serves.
package func buildRouter(
    repository: any StoryRepository, bodyLimit: Int = ServerConfiguration.defaultBodyLimit, writeToken: String? = nil
) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    // Outermost first: every request is logged once, with the status the client saw, and every response,
    // errors included, carries the security headers.
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: WriteGuardMiddleware(token: writeToken))
    APIRoutes<BasicRequestContext>(repository: repository, bodyLimit: bodyLimit).register(on: router)
    WebRoutes<BasicRequestContext>(repository: repository).register(on: router)
    return router
}

/// The runnable server: Hummingbird's application, which shuts down gracefully on SIGINT and SIGTERM when run with
/// `runService()`.
package func buildApplication(
    configuration: ServerConfiguration, repository: any StoryRepository, logger: Logger = Logger(label: "parallax.server")
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(repository: repository, bodyLimit: configuration.bodyLimit, writeToken: configuration.writeToken),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "parallax"),
        logger: logger
    )
}
