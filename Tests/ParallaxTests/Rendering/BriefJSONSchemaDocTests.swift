import Foundation
import Testing
@testable import Parallax

/// Keeps docs/brief-json-schema.md honest: every key the renderer writes is documented, in the shape documented.
@Suite struct BriefJSONSchemaDocTests {
    @Test func everyEncodedKeyIsDocumented() throws {
        let docs = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("docs/brief-json-schema.md"),
                              encoding: .utf8)
        let json = JSONRenderer().render([SampleBrief.make()])
        let keys = Self.keys(in: try JSONSerialization.jsonObject(with: Data(json.utf8)))
        #expect(keys.count > 30)
        for key in keys.sorted() {
            #expect(docs.contains("| `\(key)` |") || docs.contains("\"\(key)\":"), "\(key) is not documented")
        }
    }

    @Test func dateExpressionsEncodeAsDocumented() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func encoded(_ expression: DateMention.Expression) throws -> String {
            String(decoding: try encoder.encode(expression), as: UTF8.self)
        }
        #expect(try encoded(.absolute(CalendarDate(year: 2024, month: 4, day: 8))) == #"{"absolute":{"_0":"2024-04-08"}}"#)
        #expect(try encoded(.monthDay(month: 4, day: 8)) == #"{"monthDay":{"day":8,"month":4}}"#)
        #expect(try encoded(.weekday(1, future: false)) == #"{"weekday":{"_0":1,"future":false}}"#)
        #expect(try encoded(.relative(days: -1, months: 0, years: 0)) == #"{"relative":{"days":-1,"months":0,"years":0}}"#)
    }

    private static func keys(in value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(in: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys(in: $1)) } }
        return []
    }
}
