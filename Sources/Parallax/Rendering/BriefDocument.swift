import Foundation

/// The JSON output's top level: a schema tag, so readers can check what they parse, and the briefs in order.
package struct BriefDocument: Codable, Sendable {
    /// The schema this output follows; bump it when a field changes meaning or disappears.
    package static let currentSchema = "parallax.brief/2"

    package let schema: String
    package let stories: [Brief]

    package init(stories: [Brief], schema: String = BriefDocument.currentSchema) {
        self.schema = schema
        self.stories = stories
    }

    /// Reads the JSON that `JSONRenderer` writes.
    package static func decode(_ data: Data) throws -> BriefDocument {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try decoder.decode(BriefDocument.self, from: data)
    }

    /// The encoder `JSONRenderer` uses: sorted keys and fixed formatting make the output byte-identical run to run.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // A similarity that is not a number must not make the whole output fail, so it is written as a string.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }
}
