import ArgumentParser
import Foundation

/// The `parallax` command: turns many news articles about the same events into one verified, cited account.
///
/// Exit codes scripts can trust: 0 ok, 1 bad input (named on standard error), 2 usage.
@main
struct ParallaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Turn many news articles about the same events into one verified, cited brief per story.",
        version: "0.1.0",
        subcommands: [
            BriefCommand.self,
            DedupCommand.self,
            ExtractCommand.self,
            EvalCommand.self,
            IngestCommand.self,
            PrepareCommand.self,
            AssignCommand.self,
            CopiesCommand.self,
            StoriesCommand.self,
            ServeCommand.self,
        ]
    )

    /// Parses and runs like ArgumentParser's own `main`, but gives usage errors the exit code 2 instead of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
