/// One suffix rule of a Porter2 step: the suffix and what replaces it.
struct Porter2Rule {
    let suffix: StaticString
    let replacement: StaticString

    init(_ suffix: StaticString, _ replacement: StaticString = "") {
        self.suffix = suffix
        self.replacement = replacement
    }
}
