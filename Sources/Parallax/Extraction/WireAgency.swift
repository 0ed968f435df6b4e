/// A news agency and the ways articles name it.
package struct WireAgency: Hashable, Sendable {
    /// The canonical name used in `WireCredit.agency`.
    package let name: String
    /// Spellings matched case-sensitively at word boundaries; an all-capitals form of each is matched too.
    package let aliases: [String]

    package init(_ name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }
}
