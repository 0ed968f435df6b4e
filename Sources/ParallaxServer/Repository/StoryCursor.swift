import Foundation
import Parallax

/// A position in the newest-first story list: the last story a page showed, as an opaque URL-safe token.
///
/// Keyed on (last seen, id) rather than an offset, so stories added between two page loads do not shift the pages.
package struct StoryCursor: Hashable, Sendable {
    /// Milliseconds since 1970 of the last story's `lastSeen`.
    package let milliseconds: Int64
    package let story: StoryID

    package init(after story: StoryOverview) {
        self.milliseconds = Int64((story.lastSeen.timeIntervalSince1970 * 1000).rounded(.down))
        self.story = story.id
    }

    /// Reads a token made by `token`; nil when it is not one.
    package init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":"), let milliseconds = Int64(text[..<colon]) else { return nil }
        let id = text[text.index(after: colon)...]
        guard !id.isEmpty else { return nil }
        self.milliseconds = milliseconds
        self.story = StoryID(String(id))
    }

    package var token: String {
        Data("\(milliseconds):\(story.rawValue)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `candidate` comes after this position in the newest-first order.
    func precedes(_ candidate: StoryOverview) -> Bool {
        let time = Int64((candidate.lastSeen.timeIntervalSince1970 * 1000).rounded(.down))
        return time != milliseconds ? time < milliseconds : candidate.id > story
    }
}
