import Dispatch

/// A map over an array on all cores (or on `threads` threads), its results in the array's order: the same as a
/// plain `map` when `transform` is pure.
package enum ParallelMap {
    package static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], threads: Int? = nil, _ transform: (Element) -> Result
    ) -> [Result] {
        var results = [Result?](repeating: nil, count: elements.count)
        let lanes = min(threads ?? elements.count, elements.count)
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            results.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let slots = buffer
                DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                    // Each element's slot is written by one lane only.
                    for index in stride(from: lane, to: elements.count, by: lanes) { slots[index] = transform(elements[index]) }
                }
            }
        }
        return results.map { $0! }
    }
}
