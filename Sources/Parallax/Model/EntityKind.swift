/// What an entity is.
public enum EntityKind: String, Hashable, Codable, Sendable {
    case person, place, organization, other
}
