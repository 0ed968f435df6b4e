/// One attribute: lowercase name, entity-decoded value.
public struct HTMLAttribute: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
