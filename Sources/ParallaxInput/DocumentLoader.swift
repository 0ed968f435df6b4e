import Foundation
import Parallax

/// Reads input files into raw documents: the only place where article bytes come off the disk.
public struct DocumentLoader {
    public init() {}

    public func load(_ files: [InputFile]) -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        var documents: [RawDocument] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let origin = file.origin
            let bytes: [UInt8]
            do {
                let size = try file.url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
                let limit = file.sizeLimit
                guard size <= limit else {
                    diagnostics.append(Diagnostic(.error, origin: origin, message: "too large (\(size) bytes; the limit is \(limit))"))
                    continue
                }
                bytes = [UInt8](try Data(contentsOf: file.url))
            } catch {
                diagnostics.append(Diagnostic(.error, origin: origin, message: "cannot read: \(error.localizedDescription)"))
                continue
            }
            switch file.kind {
            case .jsonLines:
                let (read, problems) = JSONLinesReader().read(bytes, origin: origin)
                documents += read
                diagnostics += problems
            case .json:
                let (read, problems) = JSONLinesReader().readJSON(bytes, origin: origin, name: file.name)
                documents += read
                diagnostics += problems
            case .feed:
                let (read, problems) = FeedReader().read(bytes, origin: origin)
                documents += read
                diagnostics += problems
            case .html where FeedReader.looksLikeFeed(bytes):
                let (read, problems) = FeedReader().read(bytes, origin: origin)
                documents += read
                diagnostics += problems
            case .html:
                documents.append(RawDocument(id: ArticleID(file.name), origin: origin, bytes: bytes, format: .html))
            case .warc, .warcGzip:
                var reader = WARCReader(origin: origin)
                if file.kind == .warc {
                    reader.read(bytes, offset: 0)
                } else {
                    GzipMembers.forEach(in: bytes) { offset, piece in
                        switch piece {
                        case .member(let member): reader.read(member, offset: offset, isMember: true)
                        case .problem(let reason): reader.report(at: offset, reason)
                        }
                    }
                }
                let (read, problems) = reader.finish()
                documents += read
                diagnostics += problems
            case .plainText:
                documents.append(RawDocument(id: ArticleID(file.name), origin: origin, bytes: bytes, format: .plainText))
            }
        }
        return (documents, diagnostics)
    }
}
