import ArgumentParser

/// The `parallax` command: turns many news articles about the same events into one verified, cited account.
@main
struct ParallaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Turn many news articles about the same events into one verified, cited brief per story.",
        version: "0.1.0",
        subcommands: [
            BriefCommand.self,
            EvalCommand.self,
        ]
    )
}
