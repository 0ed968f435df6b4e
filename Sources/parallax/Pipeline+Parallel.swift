import Dispatch
import Parallax

extension Pipeline {
    /// `prepare` on every document, on all cores or on `threads` threads; the results are in the documents' order,
    /// the same as one at a time (both stages are pure). A batch of them runs in parallel while a store takes the
    /// articles one by one.
    func prepare(_ documents: [RawDocument], threads: Int? = nil) -> [PreparedArticle] {
        var results = [PreparedArticle?](repeating: nil, count: documents.count)
        let lanes = min(threads ?? documents.count, documents.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                // Each document's slot is written by one lane only.
                for index in stride(from: lane, to: documents.count, by: lanes) { slots[index] = prepare(documents[index]) }
            }
        }
        return results.map { $0! }
    }
}
