import Parallax

/// Counts a brief's outlets: distinct publishers, else URL hosts, else articles, compared without case.
enum SourceCounting {
    static func outlets(in brief: Brief) -> Int {
        var seen = Set<String>()
        for source in brief.sources {
            seen.insert(outlet(of: source))
        }
        return seen.count
    }

    static func outlet(of source: BriefSource) -> String {
        if let publisher = source.publisher, !publisher.isEmpty { return "p:" + publisher.lowercased() }
        if let url = source.url, let host = host(of: url) { return "h:" + host }
        return "a:" + source.article.rawValue
    }

    /// The host of an absolute URL without a leading "www.", by hand because `URL` rejects some real-world URLs.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
