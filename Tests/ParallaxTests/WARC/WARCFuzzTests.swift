import Foundation
import Testing
@testable import Parallax

/// Fuzzes the WARC reader (record splitting, HTTP responses, chunked payloads, charsets): no crash, output in
/// proportion to the input, time within a budget linear in it. The long run:
/// `PARALLAX_FUZZ_LONG=1 swift test -c release --filter WARCFuzzTests`.
@Suite struct WARCFuzzTests {
    static let fragments: [[UInt8]] = [
        "WARC/1.1\r\n", "WARC/1.0\r\n", "WARC/1.", "WARC-Type: response\r\n", "WARC-Type: request\r\n", "Content-Length: ",
        "Content-Length: 99999999999999999999\r\n", "Content-Length: -1\r\n", "Content-Length: 0\r\n", "\r\n", "\r\n\r\n", "\n\n",
        "Content-Type: application/http; msgtype=response\r\n", "HTTP/1.1 200 OK\r\n", "HTTP/1.1 ", "HTTP/", "Transfer-Encoding: chunked\r\n",
        "Content-Type: text/html; charset=", "windows-1251", "koi8-r", "\"utf-8\"", "Content-Encoding: gzip\r\n", "ffffffffffffffffff\r\n",
        "0\r\n", "1\r\n", "a\r\n", "WARC-Target-URI: <", ">", "WARC-Date: 2024-02-30T", ":", ";", "=", "<p>", "<html>", "\u{0}", "é",
    ].map { Array($0.utf8) } + [[0xFF], [0xE9], [0xC3], [0x1F, 0x8B, 0x08]]

    static func seeds() -> [[UInt8]] {
        let chunked = WARCSample.response(headers: ["Transfer-Encoding: chunked", "Content-Type: text/html"], body: Array("5\r\n<p>ab\r\n0\r\n\r\n".utf8))
        return [WARCSample.archive, WARCSample.record("response", block: chunked), []]
    }

    static func problem(with input: [UInt8]) -> String? {
        FuzzBudget.problem(with: input, base: .milliseconds(100), perKilobyte: .milliseconds(20)) { input in
            var reader = WARCReader(origin: "fuzz")
            reader.read(input, offset: 0)
            let (documents, diagnostics) = reader.finish()
            let bytes = documents.reduce(0) { $0 + $1.bytes.count }
            guard bytes <= 3 * input.count + 64 else { return "\(bytes) document bytes from \(input.count)" }
            guard diagnostics.count <= input.count + 1 else { return "\(diagnostics.count) diagnostics" }
            return nil
        }
    }

    static func run(count: Int, seed: UInt64, maxLength: Int) -> [String] {
        let generator = HTMLFuzzGenerator(seed: seed, seeds: seeds(), maxLength: maxLength, fragments: fragments)
        return FuzzBudget.problems(count: count, generator: generator, problem: problem(with:))
    }

    @Test func nastyInputs() {
        let nasty: [[UInt8]] = [
            Array(String(repeating: "WARC/1.1\r\n", count: 20_000).utf8),
            Array(String(repeating: "WARC/1.1\r\nContent-Length: 0\r\n\r\n", count: 5_000).utf8),
            WARCSample.record("response", block: WARCSample.response(headers: ["Transfer-Encoding: chunked"],
                                                                     body: Array(String(repeating: "1\r\nx\r\n", count: 20_000).utf8))),
            WARCSample.record("response", block: Array(repeating: 0x0A, count: 100_000)),
            Array(repeating: 0x0A, count: 100_000),
        ]
        for input in nasty {
            #expect(Self.problem(with: input) == nil, "\(String(decoding: input.prefix(16), as: UTF8.self))…")
        }
    }

    @Test func fuzzShort() {
        #expect(Self.run(count: 3_000, seed: 0x3A4C, maxLength: 4096) == [])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_FUZZ_LONG"] == "1", "set PARALLAX_FUZZ_LONG=1"))
    func millionInputs() {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_COUNT"] ?? "") ?? 1_000_000
        #expect(Self.run(count: count, seed: 0x3A4C0FF, maxLength: 4096) == [])
        print("WARCFuzz: \(count) inputs checked")
    }
}
