/// Terminal emphasis by ANSI escape codes, applied to whole lines so wrapping never counts invisible characters.
enum ANSIStyle: String, Sendable {
    case bold = "1"
    case dim = "2"
    case boldUnderline = "1;4"
    case cyan = "36"
    case yellow = "33"

    func apply(_ line: String, when enabled: Bool) -> String {
        enabled ? "\u{1B}[\(rawValue)m\(line)\u{1B}[0m" : line
    }
}
