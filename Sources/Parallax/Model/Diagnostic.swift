/// Something the pipeline noticed about its input and worked around: where it is and why.
public struct Diagnostic: Hashable, Codable, Sendable, CustomStringConvertible {
    /// How serious it is: a warning keeps the input, an error means the input (or part of it) was skipped.
    public enum Severity: String, Codable, Sendable { case warning, error }

    public let severity: Severity
    /// The file or URL the input came from.
    public let origin: String
    /// The line (1-based) within the origin, where it applies.
    public let line: Int?
    public let message: String

    public init(_ severity: Severity, origin: String, line: Int? = nil, message: String) {
        self.severity = severity
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(origin):\($0)" } ?? origin
        return "\(severity.rawValue): \(place): \(message)"
    }
}
