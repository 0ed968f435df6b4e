import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

/// `parallax stories`: the stories in the store, latest first.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories in the store: id, headline, articles, sources, first and last seen.",
        discussion: """
            A story is seen on the publication dates of its articles (the ingestion day for undated ones). \
            Brief one with `parallax brief --story ID`.

            Examples:
              parallax stories
              parallax stories --since 2024-04-01 --format json --store news.sqlite
            """
    )

    /// The two ways of listing stories.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("Only stories last seen on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "DATE"))
    var since: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil {
            throw ValidationError("--since takes a date like 2024-04-09, 2024-04 or 2024; got \(since)")
        }
    }

    func run() throws {
        let stories: [StorySummary]
        do {
            stories = try store.openExisting().stories(since: since.flatMap { CalendarDate(iso: $0) })
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        switch format {
        case .json: Terminal.write(try StoryListing.json(stories), as: .json)
        case .text: Terminal.write(StoryListing.text(stories))
        }
    }
}
