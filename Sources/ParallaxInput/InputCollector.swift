import Foundation
import Parallax

/// Turns command-line paths into the sorted list of files to read, recursing into folders.
public struct InputCollector {
    /// Files larger than this are refused: no news article is this big, and reading it would only waste memory.
    public static let maximumFileSize = 64 * 1024 * 1024
    /// Web archives hold many pages; a crawl's files (Common Crawl, CC-NEWS) are about 1 GB each. One byte under
    /// 4 GiB, the most a NIO byte buffer holds.
    public static let maximumArchiveSize = Int(UInt32.max)

    public init() {}

    public func collect(_ paths: [String]) -> (files: [InputFile], diagnostics: [Diagnostic]) {
        var files: [InputFile] = []
        var diagnostics: [Diagnostic] = []
        var usedNames = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.error, origin: path, message: "no such file or folder"))
                continue
            }
            let found = isDirectory.boolValue ? walk(folder: path, diagnostics: &diagnostics) : [single(path)]
            for file in found {
                var name = file.name
                var suffix = 2
                while !usedNames.insert(name).inserted {
                    name = "\(file.name)~\(suffix)"
                    suffix += 1
                }
                files.append(InputFile(url: file.url, name: name, kind: file.kind, origin: file.origin))
            }
        }
        return (files, diagnostics)
    }

    /// A file named explicitly is read whatever its extension; unknown ones are sniffed as HTML or text. A
    /// named `.json` file is read as JSON articles.
    private func single(_ path: String) -> InputFile {
        let url = URL(fileURLWithPath: path)
        let kind = InputFile.kind(forFileName: url.lastPathComponent) ?? .plainText
        return InputFile(url: url, name: url.lastPathComponent, kind: kind, origin: path)
    }

    /// A folder's files, recursively, sorted by relative path. Hidden files and folders (a leading dot) are
    /// left out, as version control and editors keep theirs there; every other entry is read or reported: an
    /// unknown extension, a broken link, a link to a folder, something that is not a regular file (a socket), a folder that cannot
    /// be listed.
    private func walk(folder: String, diagnostics: inout [Diagnostic]) -> [InputFile] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        func place(of url: URL) -> (relative: String, origin: String) {
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
            return (relative, folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        var unlisted: [(url: URL, error: any Error)] = []
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                unlisted.append((url, error))
                return true
            }
        ) else {
            diagnostics.append(Diagnostic(.error, origin: folder, message: "cannot list the folder"))
            return []
        }
        var files: [InputFile] = []
        var problems: [Diagnostic] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true { continue }
            let (relative, origin) = place(of: url)
            // A link is read as the file it names; a link to a folder is not followed (it could loop).
            let target = values?.isSymbolicLink == true
                ? try? url.resolvingSymlinksInPath().resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey]) : values
            guard target?.isRegularFile == true else {
                let reason = values?.isSymbolicLink != true ? "not a regular file (a device or a socket)"
                    : target?.isDirectory == true ? "a link to a folder (links to folders are not followed)"
                    : !FileManager.default.fileExists(atPath: url.path) ? "a broken link (it names nothing that can be read)"
                    : "a link to something that is not a regular file (a device or a socket)"
                problems.append(Diagnostic(.error, origin: origin, message: reason))
                continue
            }
            guard let kind = InputFile.kind(forFileName: url.lastPathComponent) else {
                problems.append(Diagnostic(
                    .error, origin: origin,
                    message: "unknown extension (.\(url.pathExtension); folders are read for \(InputFile.readExtensions); name the file to read it as text or HTML)"))
                continue
            }
            files.append(InputFile(url: url, name: relative, kind: kind, origin: origin))
        }
        for (url, error) in unlisted {
            problems.append(Diagnostic(.error, origin: place(of: url).origin, message: "cannot read the folder: \(error.localizedDescription)"))
        }
        diagnostics += problems.sorted { $0.origin < $1.origin }
        return files.sorted { $0.name < $1.name }
    }
}
