/// A stored column whose value does not fit the rest of its row: the column and what is wrong.
struct DamagedColumn: Error, CustomStringConvertible {
    let column: String
    let reason: String

    var description: String { "column \(column): \(reason)" }
}
