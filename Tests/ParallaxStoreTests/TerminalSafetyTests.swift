import Foundation
import Testing

/// No article, record field or file name can send a control sequence to the terminal: ESC (CSI and OSC) and
/// bidirectional overrides go through every command that prints input, in every output format.
@Suite("no control sequence reaches the terminal")
struct TerminalSafetyTests {
    private static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31m\u{202E}desrever\u{202C}\u{9B}1m"

    /// Control characters except line feed and tab, and the bidirectional controls, as JSON escapes would leave them.
    private static func controls(in output: String) -> [Unicode.Scalar] {
        output.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }
    }

    @Test func everyCommandPrintsInputWithoutControls() throws {
        let folder = try TemporaryStore()
        defer { folder.remove() }
        let input = folder.folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let body = String(repeating: "The council voted on Monday to close the old bridge to trucks after engineers found cracks. ", count: 6)
        try Data("Bridge \(Self.hostile) closed\n\n\(body)Mayor Anna Lind said \(Self.hostile) “we act now.”\n\n\(body)".utf8)
            .write(to: input.appendingPathComponent("a\(Self.hostile).txt"))
        let record = try JSONSerialization.data(withJSONObject: [
            "id": "r\(Self.hostile)", "title": "Bridge \(Self.hostile) shut", "publisher": "Post\(Self.hostile)",
            "text": body + "Engineers said \(Self.hostile) the piers had cracked.",
        ])
        try (record + Data("\n".utf8)).write(to: input.appendingPathComponent("b.jsonl"))
        let store = folder.path
        let runs: [[String]] = [
            ["extract", input.path], ["extract", input.path, "--format", "json"],
            ["dedup", input.path], ["dedup", input.path, "--format", "json"],
            ["brief", input.path], ["brief", input.path, "--format", "markdown"], ["brief", input.path, "--format", "html"],
            ["brief", input.path, "--format", "json"], ["ingest", input.path, "--store", store],
            ["stories", "--store", store], ["stories", "--store", store, "--format", "json"],
        ]
        for arguments in runs {
            let run = try ParallaxBinary.run(arguments, in: folder.folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(Self.controls(in: run.stdout).isEmpty, "\(arguments) printed \(Self.controls(in: run.stdout))")
            #expect(Self.controls(in: run.stderr).isEmpty, "\(arguments) reported \(Self.controls(in: run.stderr))")
        }
        let listing = try ParallaxBinary.run(["stories", "--store", store], in: folder.folder)
        let id = try #require(listing.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first)
        let stored = try ParallaxBinary.run(["brief", "--story", String(id), "--store", store], in: folder.folder)
        #expect(stored.status == 0 && !stored.stdout.isEmpty, "\(stored.stderr)")
        #expect(Self.controls(in: stored.stdout).isEmpty)
        let extracted = try ParallaxBinary.run(["extract", input.path], in: folder.folder)
        #expect(extracted.stdout.contains("Mayor Anna Lind said desrever “we act now.”"))
    }
}
