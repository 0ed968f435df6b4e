/// Sources that give incompatible values for the same slot (when, how many, who) of the same statement.
public struct Conflict: Hashable, Codable, Sendable {
    /// The kind of slot in dispute.
    public enum Slot: String, Codable, Sendable { case date, number, person, place, speaker }

    public let slot: Slot
    /// What is disputed, in words ("when Putin visited Beijing").
    public let about: String
    /// At least two claims with different values, from different articles.
    public let claims: [Claim]

    public init(slot: Slot, about: String, claims: [Claim]) {
        self.slot = slot
        self.about = about
        self.claims = claims
    }
}
