import Foundation
import Parallax

/// Writes to the terminal's streams: results on standard output, diagnostics and progress on standard error.
/// Nothing from the input reaches a terminal as a control sequence: text loses its control characters and
/// JSON writes them as escapes (`ControlCharacters`).
enum Terminal {
    /// What a result on standard output is, which decides how its control characters are made safe.
    enum Output {
        /// Plain text, Markdown or HTML: control characters are removed.
        case text
        /// Text coloured by the renderer's own ANSI codes, around article text that had its controls removed.
        case styled
        /// JSON: C0 controls are already escapes; C1 and bidirectional controls become escapes too.
        case json
    }

    static func write(_ text: String, as output: Output = .text) {
        let safe = switch output {
        case .text: ControlCharacters.removed(from: text)
        case .styled: text
        case .json: ControlCharacters.escapedInJSON(text)
        }
        FileHandle.standardOutput.write(Data(safe.utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { line("\(diagnostic)") }
    }

    /// A line for the user on standard error that is not a problem (a closing summary).
    static func note(_ message: String) { line(message) }

    static func error(_ message: String) { line("error: \(message)") }

    private static func line(_ message: String) {
        FileHandle.standardError.write(Data("parallax: \(ControlCharacters.removed(from: message))\n".utf8))
    }

    /// Whether standard output goes to a terminal (colour) rather than a pipe or file.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether standard error goes to a terminal (progress display).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
