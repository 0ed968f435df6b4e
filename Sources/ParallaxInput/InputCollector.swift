import Foundation
import Parallax

/// Turns command-line paths into the sorted list of files to read, recursing into folders.
public struct InputCollector {
    /// Files larger than this are refused: no news article is this big, and reading it would only waste memory.
    public static let maximumFileSize = 64 * 1024 * 1024

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
                files.append(InputFile(url: file.url, name: name, kind: file.kind))
            }
        }
        return (files, diagnostics)
    }

    /// A file named explicitly is read whatever its extension; unknown ones are sniffed as HTML or text.
    private func single(_ path: String) -> InputFile {
        let url = URL(fileURLWithPath: path)
        return InputFile(url: url, name: url.lastPathComponent, kind: InputFile.kind(forExtension: url.pathExtension) ?? .plainText)
    }

    /// A folder's files with a known extension, recursively, hidden files skipped, sorted by relative path.
    private func walk(folder: String, diagnostics: inout [Diagnostic]) -> [InputFile] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            diagnostics.append(Diagnostic(.error, origin: folder, message: "cannot list the folder"))
            return []
        }
        var files: [InputFile] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let kind = InputFile.kind(forExtension: url.pathExtension)
            else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
            files.append(InputFile(url: url, name: relative, kind: kind))
        }
        return files.sorted { $0.name < $1.name }
    }
}
