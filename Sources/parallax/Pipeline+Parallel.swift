import Parallax

extension Pipeline {
    /// `prepare` on every document, on all cores or on `threads` threads; the results are in the documents' order,
    /// the same as one at a time (both stages are pure). A batch of them runs in parallel while a store takes the
    /// articles one by one.
    func prepare(_ documents: [RawDocument], threads: Int? = nil) -> [PreparedArticle] {
        ParallelMap.map(documents, threads: threads) { prepare($0) }
    }
}
