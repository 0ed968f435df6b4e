import ArgumentParser
import Parallax

/// The options that shape the analysis, turned into a checked `PipelineConfiguration` in one place.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Sentences in each story's summary.")
    var sentences: Int = 5

    @Option(help: "A word budget for the summary instead of a sentence count.")
    var words: Int?

    @Flag(help: "Treat all input as one story (for articles known to be one story): no clustering.")
    var oneStory = false

    func validate() throws {
        guard sentences > 0 else { throw ValidationError("--sentences must be at least 1") }
        if let words, words < 10 { throw ValidationError("--words must be at least 10") }
    }

    var configuration: PipelineConfiguration {
        var configuration = PipelineConfiguration.default
        configuration.briefing.budget = words.map { .words($0) } ?? .sentences(sentences)
        configuration.oneStory = oneStory
        return configuration
    }
}
