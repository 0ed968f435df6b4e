import Foundation
import Parallax

/// Writes to the terminal's streams: results on standard output, diagnostics and progress on standard error.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data("parallax: \(diagnostic)\n".utf8))
        }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("parallax: error: \(message)\n".utf8))
    }

    /// Whether standard output goes to a terminal (colour) rather than a pipe or file.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether standard error goes to a terminal (progress display).
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
