import Foundation

/// One file given on the command line or found in a given folder, with the way it will be read.
public struct InputFile: Sendable {
    /// How a file's bytes become raw documents.
    public enum Kind: Sendable { case plainText, html, json, jsonLines, feed, warc, warcGzip }

    public let url: URL
    /// The article id for single-article files: the path relative to the folder it was found in.
    public let name: String
    public let kind: Kind
    /// The path as the user gave it (a folder argument joined with the path below it), for messages and
    /// source lists: output must not depend on the folder the command runs in.
    public let origin: String

    public init(url: URL, name: String, kind: Kind, origin: String? = nil) {
        self.url = url
        self.name = name
        self.kind = kind
        self.origin = origin ?? url.path
    }

    /// The largest file of this kind that is read: a web archive holds many pages, other files one or a few.
    var sizeLimit: Int {
        kind == .warc || kind == .warcGzip ? InputCollector.maximumArchiveSize : InputCollector.maximumFileSize
    }

    /// The kind a file's name suggests: a web archive (`.warc`, `.warc.gz`), else by its extension.
    public static func kind(forFileName name: String) -> Kind? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".warc.gz") { return .warcGzip }
        return kind(forExtension: (lowered as NSString).pathExtension)
    }

    /// The kind a file's extension suggests; a file without one is sniffed as HTML or text. Nil for other
    /// extensions, which a folder walk reports instead of reading.
    public static func kind(forExtension ext: String) -> Kind? {
        switch ext.lowercased() {
        case "", "txt", "text", "md", "markdown": .plainText
        case "html", "htm", "xhtml": .html
        case "json": .json
        case "jsonl", "ndjson": .jsonLines
        case "xml", "rss", "atom": .feed
        case "warc": .warc
        default: nil
        }
    }

    /// The extensions read from folders, for messages.
    public static let readExtensions = ".txt .text .md .markdown .html .htm .xhtml .json .jsonl .ndjson .xml .rss .atom .warc .warc.gz"

}
