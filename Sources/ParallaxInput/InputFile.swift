import Foundation

/// One file given on the command line or found in a given folder, with the way it will be read.
public struct InputFile: Sendable {
    /// How a file's bytes become raw documents.
    public enum Kind: Sendable { case plainText, html, jsonLines, feed }

    public let url: URL
    /// The article id for single-article files: the path relative to the folder it was found in.
    public let name: String
    public let kind: Kind

    public init(url: URL, name: String, kind: Kind) {
        self.url = url
        self.name = name
        self.kind = kind
    }

    /// The kind a file's extension suggests; nil for files a folder walk should skip.
    public static func kind(forExtension ext: String) -> Kind? {
        switch ext.lowercased() {
        case "txt", "text": .plainText
        case "html", "htm", "xhtml": .html
        case "jsonl", "ndjson": .jsonLines
        case "xml", "rss", "atom": .feed
        default: nil
        }
    }
}
