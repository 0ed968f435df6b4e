import Foundation

/// The `parallax` executable that `swift test` builds next to the test bundle, and a way to run it.
enum ParallaxBinary {
    static var url: URL? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("parallax") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts `parallax` with the arguments, standard output and error going to files in `folder`, standard
    /// input read from `input` when given.
    static func start(_ arguments: [String], in folder: URL, input: URL? = nil) throws -> Process {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "parallax is not built"]) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        FileManager.default.createFile(atPath: folder.appendingPathComponent("stdout").path, contents: nil)
        FileManager.default.createFile(atPath: folder.appendingPathComponent("stderr").path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        try process.run()
        return process
    }

    /// Runs `parallax` to the end: its exit status and standard error.
    static func run(_ arguments: [String], in folder: URL, input: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try start(arguments, in: folder, input: input)
        process.waitUntilExit()
        let read = { (name: String) in (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        return (process.terminationStatus, read("stdout"), read("stderr"))
    }
}
