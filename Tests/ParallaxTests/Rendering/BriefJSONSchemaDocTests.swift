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
        let shapes: [(DateMention.Expression, String)] = [
            (.absolute(CalendarDate(year: 2024, month: 4, day: 8)), #"{"date":"2024-04-08","kind":"absolute"}"#),
            (.monthDay(month: 4, day: 8), #"{"day":8,"kind":"monthDay","month":4}"#),
            (.monthDay(month: 9, day: 14, weekday: 5), #"{"day":14,"kind":"monthDay","month":9,"weekday":5}"#),
            (.weekday(1, future: false), #"{"direction":"past","kind":"weekday","weekday":1}"#),
            (.weekday(5, future: true), #"{"direction":"future","kind":"weekday","weekday":5}"#),
            (.relative(days: -1, months: 0, years: 0), #"{"days":-1,"kind":"relative","months":0,"years":0}"#),
            (.month(1, future: nil), #"{"direction":"nearest","kind":"month","month":1}"#),
            (.month(12, future: false), #"{"direction":"past","kind":"month","month":12}"#),
            (.current(month: false), #"{"kind":"current","unit":"year"}"#),
        ]
        for (expression, json) in shapes {
            #expect(try encoded(expression) == json)
            #expect(try JSONDecoder().decode(DateMention.Expression.self, from: Data(json.utf8)) == expression)
        }
    }

    /// Version 1 wrote Swift's synthesized shape; stores and files written then are still read.
    @Test func versionOneDateExpressionsAreStillRead() throws {
        let legacy: [(String, DateMention.Expression)] = [
            (#"{"absolute":{"_0":"2024-04-08"}}"#, .absolute(CalendarDate(year: 2024, month: 4, day: 8))),
            (#"{"monthDay":{"day":8,"month":4}}"#, .monthDay(month: 4, day: 8)),
            (#"{"weekday":{"_0":1,"future":false}}"#, .weekday(1, future: false)),
            (#"{"relative":{"days":-1,"months":0,"years":0}}"#, .relative(days: -1, months: 0, years: 0)),
            (#"{"month":{"_0":1}}"#, .month(1, future: nil)),
            (#"{"month":{"_0":3,"future":true}}"#, .month(3, future: true)),
            (#"{"current":{"month":true}}"#, .current(month: true)),
        ]
        for (json, expression) in legacy {
            #expect(try JSONDecoder().decode(DateMention.Expression.self, from: Data(json.utf8)) == expression, "\(json)")
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DateMention.Expression.self, from: Data(#"{"kind":"someday"}"#.utf8)) }
        let weekdayWithoutDirection = #"{"direction":"nearest","kind":"weekday","weekday":1}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DateMention.Expression.self, from: Data(weekdayWithoutDirection.utf8)) }
    }

    private static func keys(in value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(in: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys(in: $1)) } }
        return []
    }
}
