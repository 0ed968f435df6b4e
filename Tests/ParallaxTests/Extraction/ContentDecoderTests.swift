import Testing
@testable import Parallax

@Suite struct ContentDecoderTests {
    let decoder = ContentDecoder()

    @Test func stripsByteOrderMark() {
        let decoded = decoder.decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8), origin: "a.txt")
        #expect(decoded.text == "Hello")
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func decodesUTF16WithByteOrderMark() {
        let little: [UInt8] = [0xFF, 0xFE] + Array("Hé\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(decoder.decode(little, origin: "u16.txt").text == "Hé\n")
        let big: [UInt8] = [0xFE, 0xFF] + Array("Hé".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decoder.decode(big, origin: "u16.txt").text == "Hé")
    }

    @Test func normalizesCRLFAndCR() {
        let decoded = decoder.decode(Array("one\r\ntwo\rthree\n".utf8), origin: "a.txt")
        #expect(decoded.text == "one\ntwo\nthree\n")
    }

    @Test func repairsStrayBytesInUTF8WithReplacementAndWarnsWithLine() {
        // Valid "é" on line 1 makes the file UTF-8; the lone 0xFF on line 3 is a stray byte.
        let bytes = Array("caf\u{E9}\nok\nbad ".utf8) + [0xFF] + Array(" end".utf8)
        let decoded = decoder.decode(bytes, origin: "mixed.txt")
        #expect(decoded.text == "caf\u{E9}\nok\nbad \u{FFFD} end")
        let warning = decoded.diagnostics.first
        #expect(decoded.diagnostics.count == 1)
        #expect(warning?.severity == .warning)
        #expect(warning?.origin == "mixed.txt")
        #expect(warning?.line == 3)
    }

    @Test func decodesLegacyFilesAsWindows1252() {
        // "café – “quoted”" in Windows-1252: no valid UTF-8 sequence anywhere.
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
        let decoded = decoder.decode(bytes, origin: "legacy.txt")
        #expect(decoded.text == "café – “quoted”")
        #expect(decoded.diagnostics.count == 1)
        #expect(decoded.diagnostics.first?.message.contains("Windows-1252") == true)
        #expect(decoded.diagnostics.first?.line == 1)
    }

    @Test func refusesBinaryContent() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let decoded = decoder.decode(bytes, origin: "image.png")
        #expect(decoded.text == nil)
        #expect(decoded.diagnostics.first?.severity == .error)
        #expect(decoded.diagnostics.first?.message.contains("binary") == true)
    }

    @Test func refusesManyControlBytesWithoutNUL() {
        let bytes = [UInt8](repeating: 0x01, count: 40) + Array("some text".utf8)
        #expect(decoder.decode(bytes, origin: "x").text == nil)
    }

    @Test func refusesEmptyAndWhitespaceOnly() {
        for bytes in [[UInt8](), Array(" \n\t \r\n".utf8), [0xEF, 0xBB, 0xBF]] {
            let decoded = decoder.decode(bytes, origin: "empty.txt")
            #expect(decoded.text == nil)
            #expect(decoded.diagnostics == [Diagnostic(.error, origin: "empty.txt", message: "empty")])
        }
    }

    @Test func namesTheContainerLineWhenGiven() {
        let decoded = decoder.decode([], origin: "feed.jsonl", line: 7)
        #expect(decoded.diagnostics.first?.line == 7)
    }
}
