import Foundation

/// The outlet that published an article: the unit every count of sources is in (a fact's corroboration, a
/// contradiction's sides, a story's sources in the brief, the server and the store). It is the publisher's name,
/// else the host of the article's URL (without "www."), else the article itself; names compare without case.
public struct Outlet: Hashable, Sendable {
    /// What the articles of one outlet share: "p:reuters", "h:apnews.com" or "a:" and the article's id.
    public let key: String
    /// The outlet's name for a reader: the publisher as written, the host, or the article's id.
    public let name: String
    /// Whether the article names its outlet (a publisher or a URL) rather than standing for itself.
    public var isNamed: Bool { !key.hasPrefix("a:") }

    public init(publisher: String?, url: String?, article: ArticleID) {
        let publisher = publisher?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !publisher.isEmpty {
            key = "p:" + publisher.lowercased()
            name = publisher
        } else if let host = url.flatMap(Self.host(of:)) {
            key = "h:" + host
            name = host
        } else {
            key = "a:" + article.rawValue
            name = article.rawValue
        }
    }

    /// The host of an absolute URL, lowercased and without a leading "www.", read by hand because `URL` rejects
    /// some real-world URLs; nil for a relative or malformed one.
    public static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
