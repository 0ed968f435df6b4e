/// The people a "he" or "she" can refer to: sentence subjects and quote speakers, most recent first,
/// filtered by the gender of their given name when it is known.
struct PronounAntecedents: Sendable {
    private var candidates: [(position: Int, name: String)]

    init(subjects: [(Int, String)]) {
        candidates = subjects.map { (position: $0.0, name: $0.1) }
    }

    mutating func noteSpeaker(_ name: String, at position: Int) {
        candidates.append((position, name))
    }

    /// The most recent person before `position` whose known gender does not contradict the pronoun (any
    /// person when `female` is nil, as for "the governor").
    func resolve(female: Bool?, before position: Int) -> String? {
        var best: (position: Int, name: String)?
        for candidate in candidates where candidate.position < position && candidate.position > (best?.position ?? -1) {
            let given = candidate.name.split(separator: " ").first.map { $0.lowercased() } ?? ""
            switch (PersonLexicon.givenNames[given], female) {
            case ("m", true?), ("f", false?): continue
            default: best = candidate
            }
        }
        return best?.name
    }
}
