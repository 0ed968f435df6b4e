import ArgumentParser

/// `parallax eval`: scores Parallax on the shared benchmarks and the gold file.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax on ../shared/bench and the gold file, with the metrics the published figures use.",
        subcommands: [
            EvalGoldCommand.self,
            EvalQuotesCommand.self,
            EvalSummaryCommand.self,
            EvalClusteringCommand.self,
            EvalExtractionCommand.self,
        ]
    )
}
