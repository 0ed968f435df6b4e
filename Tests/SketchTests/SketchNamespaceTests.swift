import Testing
@testable import Sketch

@Suite struct SketchNamespaceTests {
    @Test func moduleLoads() {
        #expect(String(describing: Sketch.self) == "Sketch")
    }
}
