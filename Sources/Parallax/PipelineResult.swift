/// What one pipeline run produced: a brief per story and the input problems met (and, inside the package, the
/// aligned stories and their groups).
public struct PipelineResult: Sendable {
    /// Largest story first, then by id.
    package let stories: [AlignedStory]
    /// One per story, in the same order.
    public let briefs: [Brief]
    /// The groups of related stories; every story is in exactly one.
    package let groups: [StoryGroup]
    public let diagnostics: [Diagnostic]

    package init(stories: [AlignedStory], briefs: [Brief], groups: [StoryGroup] = [], diagnostics: [Diagnostic]) {
        self.stories = stories
        self.briefs = briefs
        self.groups = groups
        self.diagnostics = diagnostics
    }
}
