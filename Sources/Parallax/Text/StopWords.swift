/// The standard English stop list (the 179 words of NLTK's list), matched against normalized tokens.
package enum StopWords {
    /// Whether a normalized (lower-cased, apostrophe-folded) word is a stop word.
    package static func contains(_ normalized: String) -> Bool {
        contains(normalized, hash: LexiconTable.hash(normalized))
    }

    /// The same test when the caller already has the word's FNV-1a hash (the tokenizer does).
    static func contains(_ normalized: String, hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
        while let entry = table[slot] {
            if entry.hash == hash && entry.word == normalized { return true }
            slot = (slot + 1) & (table.count - 1)
        }
        return false
    }

    /// All stop words, for stages that want to show or extend the list.
    package static let words: Set<String> = Set(list.split(separator: " ").map(String.init))

    /// Open addressing over 1,024 slots, keyed by the tokenizer's hash, so a lookup never rehashes the word.
    private static let table: [(word: String, hash: UInt64)?] = {
        var table = [(word: String, hash: UInt64)?](repeating: nil, count: 1024)
        for word in words.sorted() {
            let hash = LexiconTable.hash(word)
            var slot = Int(truncatingIfNeeded: hash) & (table.count - 1)
            while table[slot] != nil { slot = (slot + 1) & (table.count - 1) }
            table[slot] = (word, hash)
        }
        return table
    }()

    private static let list = """
        i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves \
        he him his himself she she's her hers herself it it's its itself they them their theirs themselves \
        what which who whom this that that'll these those am is are was were be been being have has had having \
        do does did doing a an the and but if or because as until while of at by for with about against between \
        into through during before after above below to from up down in out on off over under again further then \
        once here there when where why how all any both each few more most other some such no nor not only own \
        same so than too very s t can will just don don't should should've now d ll m o re ve y ain aren aren't \
        couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma mightn \
        mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't \
        wouldn wouldn't
        """
}
