import Parallax

/// The HTML page for errors on page routes (the API answers JSON instead).
enum ErrorPage {
    static func render(status: Int, message: String) -> String {
        PageLayout.page(
            title: "Parallax · \(status)",
            body: "<h1 class=\"page-title\">\(status)</h1>\n<p>\(HTMLEscaping.escape(message)).</p>\n<p><a href=\"/\">All stories</a></p>")
    }
}
