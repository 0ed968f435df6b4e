import Foundation

/// Reads JSON article records: one JSON object per line (JSON Lines), or a `.json` file holding one object or an
/// array of them. A record has `text` or `html` (or only a `title`: a headline), and optional `id`, `url`, `title`,
/// `publisher`, `author`/`authors`, `language` and `published`. A bad record becomes an error diagnostic naming its
/// line or array item; the other records are still read.
package struct JSONLinesReader: Sendable {
    /// The id of a record that gives none, from its body (a headline's: its title) and URL; nil keeps the default,
    /// named after the file and the line (or array item).
    private let unnamed: @Sendable (_ body: String, _ url: String?) -> String?

    /// - Parameter unnamed: how a record without an `id` is named; by default after its file and line.
    package init(unnamed: @escaping @Sendable (_ body: String, _ url: String?) -> String? = { _, _ in nil }) {
        self.unnamed = unnamed
    }

    /// A `.json` file: one article object, or an array of article objects. Records without an `id` are named
    /// `name` (one object) or `name#item` (an array, items counted from 1).
    package func readJSON(_ bytes: [UInt8], origin: String, name: String) -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            return ([], [Diagnostic(.error, origin: origin, message: "invalid JSON")])
        }
        let records: [(object: Any, id: String, place: String?)]
        if let array = parsed as? [Any] {
            records = array.enumerated().map { ($1, "\(name)#\($0 + 1)", "item \($0 + 1)") }
            if array.isEmpty { return ([], [Diagnostic(.error, origin: origin, message: "an empty JSON array, no article")]) }
        } else if parsed is [String: Any] {
            records = [(parsed, name, nil)]
        } else {
            return ([], [Diagnostic(.error, origin: origin, message: "not an article: JSON that is neither an object nor an array of objects")])
        }
        var documents: [RawDocument] = []
        var diagnostics: [Diagnostic] = []
        for record in records {
            let prefix = record.place.map { $0 + ": " } ?? ""
            switch document(from: record.object, origin: origin, line: nil, defaultID: record.id) {
            case .success(let read):
                documents.append(read.document)
                diagnostics += read.warnings.map { Diagnostic($0.severity, origin: origin, message: prefix + $0.message) }
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, origin: origin, message: prefix + "not an article: " + problem.reason))
            }
        }
        return (documents, diagnostics)
    }

    package func read(_ bytes: [UInt8], origin: String) -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        var documents: [RawDocument] = []
        var diagnostics: [Diagnostic] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let fileName = Self.fileName(of: origin)
        var lineNumber = 0
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !ExtractionText.isASCIIWhitespace($0) }) else { continue }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line), options: [])
            } catch {
                diagnostics.append(Diagnostic(.error, origin: origin, line: lineNumber, message: "invalid JSON"))
                continue
            }
            switch document(from: parsed, origin: origin, line: lineNumber, defaultID: "\(fileName)#\(lineNumber)") {
            case .success(let read):
                documents.append(read.document)
                diagnostics.append(contentsOf: read.warnings)
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, origin: origin, line: lineNumber, message: problem.reason))
            }
        }
        return (documents, diagnostics)
    }

    struct LineProblem: Error { let reason: String }

    private func document(
        from parsed: Any, origin: String, line lineNumber: Int?, defaultID: String
    ) -> Result<(document: RawDocument, warnings: [Diagnostic]), LineProblem> {
        guard let object = parsed as? [String: Any] else {
            return .failure(LineProblem(reason: "not a JSON object"))
        }
        let content: String
        let format: DocumentFormat
        // A record with a title and no body is a headline (the extractor reads its title as its text).
        let hasTitle = Self.string(object["title"]).map { $0.unicodeScalars.contains { !$0.properties.isWhitespace } } ?? false
        if object["text"] == nil, object["html"] == nil, hasTitle {
            content = ""
            format = .plainText
        } else if let text = object["text"] as? String {
            content = text
            format = .plainText
        } else if let html = object["html"] as? String {
            content = html
            format = .html
        } else {
            return .failure(LineProblem(reason: "neither a \"text\" nor an \"html\" string field"))
        }
        guard hasTitle || content.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            return .failure(LineProblem(reason: "empty \"\(format == .html ? "html" : "text")\" field and no title"))
        }
        var warnings: [Diagnostic] = []
        var published: CalendarDate?
        if let stated = Self.string(object["published"]) {
            published = DateTextParser.parseField(stated)
            if published == nil {
                warnings.append(Diagnostic(.warning, origin: origin, line: lineNumber,
                                           message: "unreadable \"published\" date: \(stated)"))
            }
        }
        var authors: [String] = []
        if let list = object["authors"] as? [Any] {
            authors = list.compactMap { Self.string($0) }
        } else if let author = Self.string(object["author"]) {
            authors = [author]
        }
        let declared = ArticleMetadata(
            title: Self.string(object["title"]), publisher: Self.string(object["publisher"]), authors: authors,
            published: published, url: Self.string(object["url"]), language: Self.string(object["language"])
        )
        // A headline's body is its title.
        let id = Self.string(object["id"]) ?? unnamed(content.isEmpty ? declared.title ?? "" : content, declared.url) ?? defaultID
        let document = RawDocument(
            id: ArticleID(id), origin: origin, line: lineNumber, bytes: Array(content.utf8),
            format: format, declared: declared
        )
        return .success((document, warnings))
    }

    /// A non-empty string field; numbers (ids are often numeric) are written in decimal.
    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = ExtractionText.trimmed(text)
            return trimmed.isEmpty ? nil : trimmed
        }
        // `is Bool` would also be true for the NSNumbers 0 and 1, so compare the dynamic type instead.
        if let number = value as? NSNumber, type(of: value) != Bool.self {
            return number.stringValue
        }
        return nil
    }

    private static func fileName(of origin: String) -> String {
        origin.split(separator: "/").last.map(String.init) ?? origin
    }
}
