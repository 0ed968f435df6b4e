/// Openings of metadata lines sites print above an article ("Updated: ...", "Published on ...").
enum MetadataMarkers {
    static let prefixes: [String] = [
        "date ", "date:", "dated ", "dated:", "updated", "last updated", "last modified", "modified:",
        "published", "first published", "posted on", "posted:", "posted at", "released:", "edited by",
        "written by", "reported by",
    ]
}
