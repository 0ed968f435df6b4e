import Foundation
import Testing

/// The long fuzz run, skipped unless asked for:
/// `PARALLAX_FUZZ_LONG=1 swift test -c release --filter FuzzLong` (1,000,000 inputs; PARALLAX_FUZZ_COUNT overrides).
@Suite struct HTMLFuzzLongTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_FUZZ_LONG"] == "1", "set PARALLAX_FUZZ_LONG=1"))
    func millionInputs() {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_FUZZ_COUNT"] ?? "") ?? 1_000_000
        #expect(HTMLFuzzTests.run(count: count, seed: 0xF00D) == [])
        print("FuzzLong: \(count) inputs checked")
    }
}
