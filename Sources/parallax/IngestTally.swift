import Parallax

/// What one `parallax ingest` run did, for its closing line.
struct IngestTally {
    var stored = 0
    var alreadyStored = 0
    var skipped = 0
    var newStories = 0
    var diagnostics: [Diagnostic] = []

    var summary: String {
        var parts = ["\(stored) new article\(stored == 1 ? "" : "s") (\(newStories) new stor\(newStories == 1 ? "y" : "ies"))"]
        if alreadyStored > 0 { parts.append("\(alreadyStored) already stored") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        return parts.joined(separator: ", ")
    }
}
