/// Runs one fuzz input's checks within a time budget linear in its size: a slow first run is repeated, as
/// the machine is shared, and only a second slow run counts as a hang.
enum FuzzBudget {
    static func problem(
        with input: [UInt8], base: Duration, perKilobyte: Duration, exercise: ([UInt8]) -> String?
    ) -> String? {
        let budget = base + perKilobyte * (Double(input.count) / 1024)
        let clock = ContinuousClock()
        var report: String?
        var elapsed = clock.measure { report = exercise(input) }
        if elapsed > budget {
            elapsed = clock.measure { _ = exercise(input) }
            if elapsed > budget { return "took \(elapsed) for \(input.count) bytes" }
        }
        return report
    }

    /// Checks `count` generated inputs, naming each problem by its input's number; stops after five.
    static func problems(count: Int, generator: HTMLFuzzGenerator, problem: ([UInt8]) -> String?) -> [String] {
        var generator = generator
        var problems: [String] = []
        for number in 0..<count {
            if let found = problem(generator.next()) {
                problems.append("input \(number): \(found)")
                if problems.count >= 5 { break }
            }
        }
        return problems
    }
}
