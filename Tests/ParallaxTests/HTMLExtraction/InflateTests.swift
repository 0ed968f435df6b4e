import Foundation
import Testing
@testable import Parallax
@testable import ParallaxEvaluation

@Suite("Inflate")
struct InflateTests {
    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: SharedData.fixture("HTMLExtraction/\(name)")))
    }

    @Test("gunzip restores files compressed by the system gzip", arguments: ["hello.txt", "repetitive.txt", "random.bin"])
    func restoresSystemGzip(name: String) throws {
        #expect(try Inflate.gunzip(bytes(name + ".gz")) == bytes(name))
    }

    @Test("an empty gzip member gives no bytes")
    func emptyMember() throws {
        #expect(try Inflate.gunzip(bytes("empty.gz")).isEmpty)
    }

    @Test("bytes that are not gzip are refused")
    func refusesNonGzip() {
        #expect(throws: Inflate.Failure.notGzip) { try Inflate.gunzip(Array("plain text, not compressed".utf8)) }
    }

    @Test("a truncated stream is an error, not a crash")
    func truncatedStream() throws {
        let whole = try bytes("repetitive.txt.gz")
        #expect(throws: Inflate.Failure.self) { try Inflate.gunzip(Array(whole.prefix(whole.count / 2))) }
    }
}
