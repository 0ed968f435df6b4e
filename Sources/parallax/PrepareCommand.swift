import ArgumentParser
import Foundation
import Parallax
import ParallaxInput
import ParallaxStore

/// `parallax prepare`: a stream stage — articles in on standard input, one JSON line per article out, with its
/// extraction, analysis and sketches (`PreparedRecord`), for jobs that spread this work over many machines.
struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Read articles on standard input; write each one's extracted text, metadata, analysis and sketches as a JSON line.",
        discussion: """
            The expensive, parallel part of ingesting, as a stage of a pipeline (the Spark backfill runs it on \
            each partition of its input): standard input holds one input file's bytes, of the kind --kind names \
            (JSON Lines by default, or a web archive); each article becomes one line {"position", "row", \
            "exactKey", "bandKeys"}, in input order. A document that gives no article, and every other problem \
            with the input, becomes a line {"position", "problem"} instead, so nothing is dropped in silence; \
            the exit code is 0 unless standard input cannot be read. `parallax assign` and `parallax copies` \
            take these lines further.

            Example: parallax prepare --kind warc.gz --origin CC-NEWS-20240101.warc.gz < CC-NEWS-20240101.warc.gz
            """
    )

    /// The input kinds standard input may hold.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, warc, warcGzip = "warc.gz", html, text

        var inputKind: InputFile.Kind {
            switch self {
            case .jsonl: .jsonLines
            case .json: .json
            case .warc: .warc
            case .warcGzip: .warcGzip
            case .html: .html
            case .text: .plainText
            }
        }
    }

    @Option(help: "What standard input holds: jsonl, json, warc, warc.gz, html or text.")
    var kind: Kind = .jsonl

    @Option(help: ArgumentHelp("The name of the input in messages and article origins; also the id of an html or text article.", valueName: "NAME"))
    var origin: String = "stdin"

    @Option(help: ArgumentHelp("Threads to extract and analyze on (default: every core); a Spark task passes its share.", valueName: "N"))
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1; got \(threads)") }
    }

    func run() throws {
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let read = DocumentLoader().documents(in: bytes, kind: kind.inputKind, origin: origin, name: origin)
        let configuration = PipelineConfiguration.default
        let prepared = Pipeline(configuration: configuration).prepare(read.documents, threads: threads)
        let detector = CopyDetector(configuration: configuration.clustering.copies)
        let ingestedAt = Date()
        var output = ""
        for problem in read.diagnostics { output += try PreparedRecord(position: -1, problem: problem).line() }
        for (position, (document, article)) in zip(read.documents, prepared).enumerated() {
            guard let analyzed = article.analyzed else {
                let reasons = article.article.diagnostics.filter { $0.severity == .error }
                let problem = reasons.first ?? Diagnostic(.error, origin: document.origin, message: "no text")
                output += try PreparedRecord(position: position, problem: problem).line()
                continue
            }
            let key = ArticleKey(
                sourceID: analyzed.id, contentHash: ContentHash.of(analyzed.article.text), rawHash: ContentHash.of(bytes: document.bytes))
            let row = try StoredArticleRow(analyzed, key: key, ingestedAt: ingestedAt)
            output += try PreparedRecord(position: position, row: row, sketch: detector.sketch(of: analyzed)).line()
            if output.utf8.count > 1 << 20 {
                Terminal.write(output, as: .json)
                output = ""
            }
        }
        Terminal.write(output, as: .json)
    }
}
