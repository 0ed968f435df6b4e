/// Fills each brief's related coverage: the other stories of its group, largest first, then by id.
struct RelatedCoverage {
    let groups: [StoryGroup]

    func attach(to briefs: [Brief]) -> [Brief] {
        var groupOf: [StoryID: Int] = [:]
        for (index, group) in groups.enumerated() { for story in group.stories { groupOf[story] = index } }
        var members: [Int: [RelatedStory]] = [:]
        for brief in briefs {
            guard let group = groupOf[brief.story] else { continue }
            members[group, default: []].append(
                RelatedStory(story: brief.story, headline: brief.headline, articleCount: brief.sources.count))
        }
        for group in members.keys {
            members[group]!.sort { $0.articleCount != $1.articleCount ? $0.articleCount > $1.articleCount : $0.story < $1.story }
        }
        return briefs.map { brief in
            guard let group = groupOf[brief.story], let stories = members[group] else { return brief }
            return brief.relating(stories.filter { $0.story != brief.story })
        }
    }
}
