import Testing
@testable import Parallax

/// Control characters and terminal escape sequences leave text; line feeds, tabs and every script stay.
@Suite struct ControlCharactersTests {
    @Test func escapeSequencesGoWhole() {
        #expect(ControlCharacters.removed(from: "a\u{1B}[2J\u{1B}[31mred\u{1B}[0m b") == "ared b")
        #expect(ControlCharacters.removed(from: "x\u{1B}]0;pwned\u{07}y") == "xy")
        #expect(ControlCharacters.removed(from: "x\u{1B}]8;;http://e.example\u{1B}\\link\u{1B}]8;;\u{1B}\\y") == "xlinky")
        #expect(ControlCharacters.removed(from: "x\u{9B}31my\u{9D}title\u{9C}z") == "xyz")
        #expect(ControlCharacters.removed(from: "x\u{1B}7y\u{1B}") == "xy")
        #expect(ControlCharacters.removed(from: "x\u{1B}\ny") == "x\ny")
    }

    @Test func bidirectionalControlsAndOtherControlsGo() {
        #expect(ControlCharacters.removed(from: "abc\u{202E}fed\u{202C} \u{2067}x\u{2069}") == "abcfed x")
        #expect(ControlCharacters.removed(from: "a\u{00}b\u{08}c\u{7F}d\u{85}e\r") == "abcde")
    }

    @Test func textStaysAsItIs() {
        let text = "Line one\n\tLine two — “quoted” 日本語 العربية עברית 🇺🇦 café\u{200D}"
        #expect(ControlCharacters.removed(from: text) == text)
        #expect(ControlCharacters.escapedInJSON("{\"a\": \"\(text)\"}") == "{\"a\": \"\(text)\"}")
    }

    @Test func jsonWritesThemAsEscapes() {
        #expect(ControlCharacters.escapedInJSON("{\"t\": \"a\u{202E}b\u{85}\"}") == "{\"t\": \"a\\u202Eb\\u0085\"}")
    }
}
