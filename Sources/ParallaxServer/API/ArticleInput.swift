import Foundation
import Parallax

/// One article as the API accepts it: `{id?, url?, title?, publisher?, published?, text | html}`.
struct ArticleInput: Decodable {
    var id: String?
    var url: String?
    var title: String?
    var publisher: String?
    var published: String?
    var text: String?
    var html: String?

    /// The longest id accepted: ids appear in URLs and logs.
    static let maximumIDLength = 200

    /// The document to add; `where` names the input ("body", "line 3") in error messages.
    func document(where place: String) throws(APIError) -> RawDocument {
        let content: String
        let format: DocumentFormat
        if let text, !text.isEmpty {
            content = text
            format = .plainText
        } else if let html, !html.isEmpty {
            content = html
            format = .html
        } else {
            throw .badRequest("\(place): missing field 'text' or 'html'")
        }
        var date: CalendarDate?
        if let published, !published.isEmpty {
            // Read as JSON Lines input is read: ISO 8601, RFC 2822 ("Tue, 11 Mar 2025 09:30:00 GMT"), "9 April 2024".
            guard let parsed = CalendarDate(iso: published) ?? DateTextParser.parseField(published) else {
                throw .badRequest("\(place): field 'published' is not a date (ISO 8601 or RFC 2822)")
            }
            date = parsed
        }
        let articleID = try resolvedID(content: content, place: place)
        let declared = ArticleMetadata(
            title: title.flatMap(Self.nonEmpty), publisher: publisher.flatMap(Self.nonEmpty), published: date,
            url: url.flatMap(Self.nonEmpty))
        return RawDocument(
            id: articleID, origin: "api:\(articleID.rawValue)", bytes: Array(content.utf8), format: format,
            declared: declared)
    }

    /// The given id, checked, or one derived from the URL or content so reposting the same article keeps its id.
    private func resolvedID(content: String, place: String) throws(APIError) -> ArticleID {
        if let id {
            let valid = !id.isEmpty && id.count <= Self.maximumIDLength
                && id.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "/" && $0 != "\\" && $0.value != 0x7F }
            guard valid else {
                throw .badRequest(
                    "\(place): field 'id' must be 1 to \(Self.maximumIDLength) characters without spaces or slashes")
            }
            return ArticleID(id)
        }
        let key = url.flatMap(Self.nonEmpty) ?? content
        return ArticleID("a-" + StableHash.hex(key))
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
