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
            let read = self.documents(in: bytes, kind: file.kind, origin: origin, name: file.name)
            documents += read.documents
            diagnostics += read.diagnostics
        }
        return (documents, diagnostics)
    }

    /// The documents in the bytes of one input of this kind (`origin` names it in messages, `name` is the id of a
    /// whole-file article), and what was wrong with it.
    public func documents(
        in bytes: [UInt8], kind: InputFile.Kind, origin: String, name: String
    ) -> (documents: [RawDocument], diagnostics: [Diagnostic]) {
        switch kind {
        case .jsonLines:
            return JSONLinesReader().read(bytes, origin: origin)
        case .json:
            return JSONLinesReader().readJSON(bytes, origin: origin, name: name)
        case .feed:
            return FeedReader().read(bytes, origin: origin)
        case .html where FeedReader.looksLikeFeed(bytes):
            return FeedReader().read(bytes, origin: origin)
        case .html:
            return ([RawDocument(id: ArticleID(name), origin: origin, bytes: bytes, format: .html)], [])
        case .warc, .warcGzip:
            var reader = WARCReader(origin: origin)
            if kind == .warc {
                reader.read(bytes, offset: 0)
            } else {
                GzipMembers.forEach(in: bytes) { offset, piece in
                    switch piece {
                    case .member(let member): reader.read(member, offset: offset, isMember: true)
                    case .problem(let reason): reader.report(at: offset, reason)
                    }
                }
            }
            return reader.finish()
        case .plainText:
            return ([RawDocument(id: ArticleID(name), origin: origin, bytes: bytes, format: .plainText)], [])
        }
    }
}
