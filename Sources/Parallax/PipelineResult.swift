/// What one pipeline run produced: the aligned stories, a brief per story, and the input problems met.
public struct PipelineResult: Sendable {
    /// Largest story first, then by id.
    public let stories: [AlignedStory]
    /// One per story, in the same order.
    public let briefs: [Brief]
    public let diagnostics: [Diagnostic]

    public init(stories: [AlignedStory], briefs: [Brief], diagnostics: [Diagnostic]) {
        self.stories = stories
        self.briefs = briefs
        self.diagnostics = diagnostics
    }
}
