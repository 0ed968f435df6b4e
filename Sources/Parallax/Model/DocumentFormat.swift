/// The kind of content a raw document holds, which decides how its main text is extracted.
public enum DocumentFormat: String, Codable, Sendable {
    case plainText = "text"
    case html
}
