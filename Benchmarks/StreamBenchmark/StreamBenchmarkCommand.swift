import ArgumentParser

/// `stream-benchmark`: generates a stream with planted copies, and times MinHash + LSH over it.
struct StreamBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream-benchmark",
        abstract: "Generate a stream of articles with planted copies; time MinHash + LSH over it.",
        subcommands: [GenerateCommand.self, SketchCommand.self]
    )
}
