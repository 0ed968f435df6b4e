import Foundation
import Parallax

/// Reads a POST body: one JSON object, or JSON Lines (one object per line), into documents to add.
enum ArticleInputDecoder {
    /// The most articles one request may carry.
    static let maximumArticles = 10_000

    static func documents(from body: Data, contentType: String?) throws(APIError) -> [RawDocument] {
        let type = contentType?.lowercased() ?? ""
        let declaredLines = type.contains("ndjson")
        if !declaredLines, let single = try? decode(body) {
            return [try single.document(where: "body")]
        }
        let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var documents: [RawDocument] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let place = lines.count == 1 ? "body" : "line \(index + 1)"
            let input: ArticleInput
            do {
                input = try decode(Data(line))
            } catch {
                throw .badRequest("\(place): \(describe(error))")
            }
            documents.append(try input.document(where: place))
            if documents.count > maximumArticles {
                throw APIError(.contentTooLarge, "more than \(maximumArticles) articles in one request")
            }
        }
        guard !documents.isEmpty else { throw .badRequest("body: no article (expected a JSON object or JSON Lines)") }
        var seen = Set<ArticleID>()
        for document in documents where !seen.insert(document.id).inserted {
            throw .badRequest("field 'id': '\(document.id)' appears twice in one request")
        }
        return documents
    }

    private static func decode(_ data: Data) throws -> ArticleInput {
        try JSONDecoder().decode(ArticleInput.self, from: data)
    }

    /// Names the field a decoding error is about, in words a client can act on.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        switch error {
        case .typeMismatch(let type, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "expected a JSON object" : "field '\(field)' must be a \(typeName(type))"
        case .valueNotFound(_, let context):
            return "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is null"
        case .keyNotFound(let key, _):
            return "missing field '\(key.stringValue)'"
        case .dataCorrupted:
            return "not valid JSON"
        @unknown default:
            return "not valid JSON"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        type == String.self || type == String?.self ? "string" : "\(type)"
    }
}
