import Foundation

/// Renders briefs as one JSON document, `{"schema": "parallax.brief/2", "stories": [...]}`, with sorted keys.
///
/// Every statement, citation, quote, mention and claim carries its `TextSpan` (article id, UTF-8 byte range) as the
/// model encodes it; docs/brief-json-schema.md describes each field. Read it back with `BriefDocument.decode`.
package struct JSONRenderer: BriefRenderer {
    package init() {}

    package func render(_ briefs: [Brief]) -> String {
        let document = BriefDocument(stories: briefs)
        do {
            let data = try BriefDocument.makeEncoder().encode(document)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // The model holds only strings, integers, finite-or-stringified doubles and dates as text, so encoding
            // cannot fail; if it ever does, say so in valid JSON rather than print half a document.
            return "{\"error\": \"could not encode the brief\", \"schema\": \"\(BriefDocument.currentSchema)\"}\n"
        }
    }
}
