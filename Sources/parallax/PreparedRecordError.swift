/// A line of prepared input that could not be read: where and why.
struct PreparedRecordError: Error, CustomStringConvertible {
    let origin: String
    let line: Int
    let reason: String
    var description: String { "\(origin):\(line): \(reason)" }
}
