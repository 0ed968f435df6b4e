/// ParallaxServer: the HTTP API and the web page for reading stories, on Hummingbird 2.
///
/// `buildApplication(configuration:repository:)` makes the runnable application; `buildRouter(repository:)` the
/// routes alone, so tests drive them without sockets. Everything reads and writes through a `StoryRepository`:
/// ParallaxServerStore's `StoreStoryRepository` is the one `parallax serve` runs, over the store; the tests also use a
/// small in-memory one.
/// The API lives in API/ (JSON in, JSON out, errors as `{"error": ...}`), the pages in Web/ (server-rendered HTML,
/// every article-derived string escaped, one static script so the Content-Security-Policy can forbid inline ones).
