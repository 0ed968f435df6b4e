import ArgumentParser
import Parallax
import Sketch

/// `--shard K/N`: the share of the input one of N ingest workers takes, by a fixed hash of each input's id, so N
/// workers given the same paths read, extract and analyze disjoint parts of it and together cover all of it.
struct Shard: ExpressibleByArgument, Equatable {
    /// From 1 to `count`.
    let number: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(number)
        else { return nil }
        self.number = number
        self.count = count
    }

    /// Whether this worker takes the input with this id (by WyHash of the id, the same on every machine).
    func holds(_ id: ArticleID) -> Bool {
        Int(WyHash.hash(id.rawValue) % UInt64(count)) == number - 1
    }
}
