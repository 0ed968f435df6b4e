/// Fills each brief's related coverage: the other stories of its group, largest first, then by id.
struct RelatedCoverage {
    let groups: [StoryGroup]

    func attach(to briefs: [Brief]) -> [Brief] {
        var groupOf: [StoryID: Int] = [:]
        for (index, group) in groups.enumerated() { for story in group.stories { groupOf[story] = index } }
        let listed = briefs.map { RelatedStory(story: $0.story, headline: $0.headline, articleCount: $0.sources.count) }
        return briefs.map { brief in
            guard let group = groupOf[brief.story] else { return brief }
            let related = listed
                .filter { $0.story != brief.story && groupOf[$0.story] == group }
                .sorted { $0.articleCount != $1.articleCount ? $0.articleCount > $1.articleCount : $0.story < $1.story }
            return brief.relating(related)
        }
    }
}
