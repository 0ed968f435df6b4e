import ArgumentParser
import Parallax

/// How a command that reads articles reports its inputs: every problem on standard error (or only their count,
/// with --quiet), and on a terminal a closing line of what was read and skipped.
struct InputOptions: ParsableArguments {
    @Flag(help: "Name no input problem one by one; print only how many inputs were skipped and why.")
    var quiet = false

    /// Reports the diagnostics, then the closing line: always with --quiet when something was skipped, and
    /// whenever standard error is a terminal. `stories` says how many stories were made, in words.
    func report(_ diagnostics: [Diagnostic], read: Int, stories: String? = nil) {
        if !quiet { Terminal.report(diagnostics) }
        let skipped = diagnostics.filter { $0.severity == .error }
        guard Terminal.errorIsTerminal || (quiet && !skipped.isEmpty) else { return }
        Terminal.note(InputSummary(read: read, skipped: skipped, stories: stories).line)
    }
}
