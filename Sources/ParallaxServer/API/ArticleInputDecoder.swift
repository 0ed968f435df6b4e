import Foundation
import Parallax

/// Reads a POST body with the core's JSON Lines reader, as `parallax brief` reads a `.json` or `.jsonl` file: one
/// JSON object (or an array of them), or JSON Lines. The API is stricter than a file: any problem with a record
/// (bad JSON, no text, an unreadable date) refuses the request with a 400 that names the line, and so do an
/// unsafe or repeated id. A record without an id is named after its URL, else its body, so reposting it keeps it.
enum ArticleInputDecoder {
    /// The most articles one request may carry.
    static let maximumArticles = 10_000

    /// The longest id accepted: ids appear in URLs and logs.
    static let maximumIDLength = 200

    static func documents(from body: Data, contentType: String?) throws(APIError) -> [RawDocument] {
        let reader = JSONLinesReader { text, url in "a-" + StableHash.hex(url ?? text) }
        let bytes = [UInt8](body)
        let declaredLines = contentType?.lowercased().contains("ndjson") ?? false
        let isOneValue = !declaredLines && (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil
        let read = isOneValue ? reader.readJSON(bytes, origin: "api", name: "body") : reader.read(bytes, origin: "api")
        // A body of one line is "body" in messages, as is a JSON value read whole (its records carry no line).
        let isOneLine = isOneValue || !bytes.contains(0x0A)
        let place = { (line: Int?) in line.map { isOneLine ? "body" : "line \($0)" } ?? "body" }
        if let problem = read.diagnostics.first { throw .badRequest("\(place(problem.line)): \(problem.message)") }
        guard !read.documents.isEmpty else { throw .badRequest("body: no article (expected a JSON object or JSON Lines)") }
        guard read.documents.count <= maximumArticles else {
            throw APIError(.contentTooLarge, "more than \(maximumArticles) articles in one request")
        }
        var seen = Set<ArticleID>()
        for document in read.documents {
            let id = document.id.rawValue
            let safe = id.count <= maximumIDLength
                && id.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "/" && $0 != "\\" && $0.value != 0x7F }
            guard safe else {
                throw .badRequest("\(place(document.line)): field 'id' must be 1 to \(maximumIDLength) characters without spaces or slashes")
            }
            guard seen.insert(document.id).inserted else {
                throw .badRequest("field 'id': '\(id)' appears twice in one request")
            }
        }
        // Each article's origin names the API and its id, as a file's names the file.
        return read.documents.map {
            RawDocument(id: $0.id, origin: "api:" + $0.id.rawValue, bytes: $0.bytes, format: $0.format, declared: $0.declared)
        }
    }
}
