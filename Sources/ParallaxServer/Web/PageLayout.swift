import Foundation
import Parallax

/// The frame every page shares: head with the stylesheet and the one deferred script, the site header, a footer.
enum PageLayout {
    static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLEscaping.escape(title))</title>
        <link rel="stylesheet" href="/static/parallax.css">
        <script src="/static/parallax.js" defer></script>
        </head>
        <body>
        <header class="site"><a class="brand" href="/">Parallax</a><span class="tagline">many sources, one cited account</span></header>
        <main>
        \(body)
        </main>
        <footer class="site"><a href="/api/openapi.json">API</a> · every sentence links to its source</footer>
        </body>
        </html>

        """
    }

    /// A `<time>` element the script can turn into "5 minutes ago"; the text without script is the UTC time.
    /// A day-precision date shows as the day only, and the script leaves it alone.
    static func time(_ date: Foundation.Date, dayOnly: Bool = false) -> String {
        if dayOnly {
            let day = String(Timestamps.iso(date).prefix(10))
            return "<time datetime=\"\(day)\">\(day)</time>"
        }
        return "<time datetime=\"\(Timestamps.iso(date))\">\(Timestamps.readable(date))</time>"
    }
}
