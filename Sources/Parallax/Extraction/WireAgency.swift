/// A news agency and the ways articles name it.
public struct WireAgency: Hashable, Sendable {
    /// The canonical name used in `WireCredit.agency`.
    public let name: String
    /// Spellings matched case-sensitively at word boundaries; an all-capitals form of each is matched too.
    public let aliases: [String]

    public init(_ name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }
}
