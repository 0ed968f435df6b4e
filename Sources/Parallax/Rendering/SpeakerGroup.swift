/// The quotes of one speaker, for the "quotes by speaker" sections; groups keep the order of first appearance.
struct SpeakerGroup: Sendable {
    /// The speaker's name, or nil for quotes no source attributes.
    let speaker: String?
    let quotes: [StoryQuote]

    static func grouping(_ quotes: [StoryQuote]) -> [SpeakerGroup] {
        var order: [String?] = []
        var members: [String?: [StoryQuote]] = [:]
        for quote in quotes {
            if members[quote.speaker] == nil { order.append(quote.speaker) }
            members[quote.speaker, default: []].append(quote)
        }
        return order.map { SpeakerGroup(speaker: $0, quotes: members[$0] ?? []) }
    }
}
