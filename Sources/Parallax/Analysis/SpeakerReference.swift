/// Who an attribution names: a person (canonical name) or a pronoun still to resolve, and where.
struct SpeakerReference: Sendable {
    /// A named person, a pronoun, or a definite description ("the Texas governor") of someone named before.
    enum Who: Sendable { case person(String), pronoun(female: Bool), description }
    let who: Who
    let start: Int
    let end: Int
}
