/// The people a "he" or "she" can refer to: sentence subjects and quote speakers, most recent first,
/// filtered by their gender when the text states it (a title, "his wife, …") or their given name tells it.
struct PronounAntecedents: Sendable {
    /// Sorted by position; equal positions keep the order they were added in.
    private var candidates: [(position: Int, name: String, gender: Character?)] = []
    /// The gender the text states for a person (canonical name).
    private let statedGender: [String: Character]

    init(subjects: [(Int, String)], statedGender: [String: Character] = [:]) {
        self.statedGender = statedGender
        for (position, name) in subjects { noteSpeaker(name, at: position) }
    }

    mutating func noteSpeaker(_ name: String, at position: Int) {
        let given = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let gender = statedGender[name] ?? PersonLexicon.givenNames[given]
        candidates.insert((position, name, gender), at: firstIndex(after: position))
    }

    /// The most recent person before `position` whose known gender does not contradict the pronoun (any
    /// person when `female` is nil, as for "the governor"); of several at one position, the first added.
    func resolve(female: Bool?, before position: Int) -> String? {
        func fits(_ gender: Character?) -> Bool {
            switch (gender, female) {
            case ("m", true?), ("f", false?): false
            default: true
            }
        }
        var index = firstIndex(after: position - 1) - 1
        while index >= 0, !fits(candidates[index].gender) { index -= 1 }
        guard index >= 0 else { return nil }
        let latest = candidates[index].position
        var chosen = index
        while index > 0, candidates[index - 1].position == latest {
            index -= 1
            if fits(candidates[index].gender) { chosen = index }
        }
        return candidates[chosen].name
    }

    /// The index of the first candidate whose position is greater than `position`.
    private func firstIndex(after position: Int) -> Int {
        candidates.partitionPoint { $0.position <= position }
    }
}
