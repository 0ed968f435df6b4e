import Foundation

/// How an LSH index cuts a signature: `bands` bands of `rows` lanes each; chosen from a threshold, not guessed.
public struct LSHParameters: Sendable, Hashable {
    public let bands: Int
    public let rows: Int

    public init(bands: Int, rows: Int) {
        precondition(bands > 0 && rows > 0, "an LSH index needs at least one band of one row")
        self.bands = bands
        self.rows = rows
    }

    /// The similarity where the chance of becoming candidates is one half, roughly (1/b)^(1/r).
    public var effectiveThreshold: Double { pow(1 / Double(bands), 1 / Double(rows)) }

    /// The chance that two sets of Jaccard similarity `s` share at least one band.
    public func candidateProbability(_ s: Double) -> Double {
        1 - pow(1 - pow(s, Double(rows)), Double(bands))
    }

    /// The bands and rows that minimize the weighted area of false positives (below `threshold`) and false
    /// negatives (above it) under the candidate-probability curve, as datasketch's `_optimal_param` does.
    /// The key of each band of a signature: its rows' values hashed with the band number, so equal keys mean the
    /// same band agreed. Two signatures are LSH candidates when they share a key.
    public func bandKeys(of signature: MinHash) -> [UInt64] {
        precondition(signature.values.count >= bands * rows, "signature shorter than the bands")
        return signature.values.withUnsafeBufferPointer { values in
            (0..<bands).map { band in
                var value = UInt64(band)
                for lane in (band * rows)..<((band + 1) * rows) { value = WyHash.combine(value, UInt64(values[lane])) }
                return value
            }
        }
    }

    public static func optimal(
        threshold: Double, lanes: Int, falsePositiveWeight: Double = 0.5, falseNegativeWeight: Double = 0.5
    ) -> LSHParameters {
        precondition(threshold > 0 && threshold < 1, "the threshold is a similarity strictly between 0 and 1")
        var best = LSHParameters(bands: 1, rows: lanes)
        var bestError = Double.infinity
        for bands in 1...lanes {
            for rows in 1...(lanes / bands) {
                let candidate = LSHParameters(bands: bands, rows: rows)
                let falsePositive = integrate(from: 0, to: threshold) { candidate.candidateProbability($0) }
                let falseNegative = integrate(from: threshold, to: 1) { 1 - candidate.candidateProbability($0) }
                let error = falsePositive * falsePositiveWeight + falseNegative * falseNegativeWeight
                if error < bestError {
                    bestError = error
                    best = candidate
                }
            }
        }
        return best
    }

    /// Simpson's rule over 64 intervals: the curves are smooth, so this is accurate to well below the weights' effect.
    static func integrate(from lower: Double, to upper: Double, _ f: (Double) -> Double) -> Double {
        let intervals = 64
        let step = (upper - lower) / Double(intervals)
        var sum = f(lower) + f(upper)
        for index in 1..<intervals {
            sum += f(lower + Double(index) * step) * (index % 2 == 1 ? 4 : 2)
        }
        return sum * step / 3
    }
}
