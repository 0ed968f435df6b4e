/// Who an attribution names: a person (canonical name) or a pronoun still to resolve, and where.
struct SpeakerReference: Sendable {
    enum Who: Sendable { case person(String), pronoun(female: Bool) }
    let who: Who
    let start: Int
    let end: Int
}
