import ArgumentParser
import Dispatch
import Foundation
import Logging
import Parallax
import ParallaxServer
import ParallaxServerStore
import ParallaxStore

/// `parallax serve`: the HTTP API and the web page over a store, until SIGINT or SIGTERM.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the stories of a store: a JSON API and web pages to read them.",
        discussion: """
            Listens on 127.0.0.1 unless --host says otherwise, so nothing outside this machine can reach it \
            by accident. Articles POSTed to /api/articles are ingested like `parallax ingest` does and join \
            the store's stories. A write must be application/json or application/x-ndjson (else 415) and not \
            come from a page of another site (Origin, Sec-Fetch-Site: else 403); with a token, it must carry \
            Authorization: Bearer TOKEN (else 401). Listening beyond loopback needs a token or \
            --allow-anonymous-writes. Reads need nothing. Logs one line per request on standard error. SIGINT or SIGTERM stops it \
            gracefully: requests in flight finish first.

            Routes: GET / (stories), GET /stories/ID (a story), POST /api/articles, GET /api/stories, \
            GET /api/stories/ID, GET /api/stories/ID/brief?format=markdown|html|text, GET /api/articles/ID, \
            GET /health; the OpenAPI document is at /api/openapi.json.

            Examples:
              parallax serve --store news.sqlite
              PARALLAX_TOKEN=s3cret parallax serve --store news.sqlite --host 0.0.0.0 --port 8000
              curl -X POST --data-binary @Samples/feeds.jsonl -H 'Content-Type: application/x-ndjson' \\
                   http://127.0.0.1:8080/api/articles
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on.")
    var host: String = ServerConfiguration.default.host

    @Option(help: "The port to listen on.")
    var port: Int = ServerConfiguration.default.port

    @Option(name: .customLong("body-limit"), help: ArgumentHelp("The largest request body, in megabytes.", valueName: "MB"))
    var bodyLimit: Int = ServerConfiguration.default.bodyLimit / (1024 * 1024)

    @Option(help: ArgumentHelp(
        "The bearer token that POST /api/articles must carry (Authorization: Bearer TOKEN); default: PARALLAX_TOKEN.",
        valueName: "TOKEN"))
    var token: String?

    @Flag(help: "Listen beyond this machine without a token: anyone who can reach the server may add articles.")
    var allowAnonymousWrites = false

    /// The token from --token, else from the PARALLAX_TOKEN environment variable.
    var writeToken: String? {
        let stated = token ?? ProcessInfo.processInfo.environment["PARALLAX_TOKEN"]
        return stated.flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard bodyLimit >= 1 else { throw ValidationError("--body-limit must be at least 1 (megabyte)") }
        if !ServerConfiguration.isLoopback(host), writeToken == nil, !allowAnonymousWrites {
            throw ValidationError(
                "--host \(host) is reachable from other machines: give --token (or PARALLAX_TOKEN) so only its holders can "
                    + "add articles, or --allow-anonymous-writes to let anyone")
        }
    }

    func run() throws {
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "parallax.server")
        logger.logLevel = .info
        let repository: StoreStoryRepository
        do {
            repository = try StoreStoryRepository(store: try store.open())
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        let configuration = ServerConfiguration(host: host, port: port, bodyLimit: bodyLimit * 1024 * 1024, writeToken: writeToken)
        let application = buildApplication(configuration: configuration, repository: repository, logger: logger)
        logger.info("serving", metadata: ["store": "\(store.name)", "address": "http://\(host):\(port)"])
        let shutdownLogger = logger
        try Self.block {
            try await application.runService()
            // After a graceful stop (SIGINT, SIGTERM) the next start resumes this snapshot instead of replaying.
            do {
                try await repository.saveIndexSnapshot()
            } catch {
                shutdownLogger.error("cannot save the index snapshot", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Runs async work to completion from the synchronous command; the root command's `main` is synchronous.
    private static func block(_ work: @escaping @Sendable () async throws -> Void) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await work() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.get() { throw error }
    }
}
