/// Breaks one line of text at spaces into lines of at most `width` characters, with a first-line and a hanging indent.
struct TextWrapper: Sendable {
    let width: Int

    /// Words longer than the width (URLs) stay whole on a line of their own rather than being broken.
    func wrap(_ text: String, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var length = first.count
        var hasWord = false
        for word in DisplayText.singleLine(text).split(separator: " ") {
            let wordLength = word.count
            if hasWord && length + 1 + wordLength > width {
                lines.append(line)
                line = rest + word
                length = rest.count + wordLength
            } else {
                if hasWord {
                    line += " "
                    length += 1
                }
                line += word
                length += wordLength
            }
            hasWord = true
        }
        lines.append(line)
        return lines
    }
}
