import Foundation
import StreamGenerator

extension SplitMix64 {
    /// A rank in 1...limit with probability ∝ 1/rank (Zipf, exponent 1): log-uniform.
    mutating func zipf(_ limit: Int) -> Int { min(limit, Int(exp(unit() * log(Double(limit))))) }
}
