/// The 1-based number of each source in a brief's source list, so citations can point at it.
struct SourceNumbering: Sendable {
    private let numbers: [ArticleID: Int]

    init(_ sources: [BriefSource]) {
        var numbers: [ArticleID: Int] = [:]
        for (index, source) in sources.enumerated() where numbers[source.article] == nil {
            numbers[source.article] = index + 1
        }
        self.numbers = numbers
    }

    func number(of article: ArticleID) -> Int? { numbers[article] }

    /// "[2]" for a listed source; the bare id in brackets for one the brief does not list, so nothing is hidden.
    func marker(for article: ArticleID) -> String {
        if let number = numbers[article] { return "[\(number)]" }
        return "[\(DisplayText.singleLine(article.rawValue))]"
    }

    /// The articles of some spans, each once, in the spans' order: a summary sentence cites each source once.
    static func articles(of spans: [TextSpan]) -> [ArticleID] {
        var seen = Set<ArticleID>()
        return spans.map(\.article).filter { seen.insert($0).inserted }
    }

    /// "[1][3]" for the distinct articles of some spans.
    func markers(for spans: [TextSpan]) -> String {
        Self.articles(of: spans).map(marker(for:)).joined()
    }
}
