import Parallax
import Synchronization

/// A story's brief, with its JSON made once and kept: `GET /api/stories/{id}` is the hot route, and encoding a
/// large brief costs far more than serving it.
package final class RenderedBrief: Sendable {
    package let brief: Brief
    private let cachedJSON = Mutex<String?>(nil)

    package init(_ brief: Brief) {
        self.brief = brief
    }

    /// `JSONRenderer`'s output for this brief alone, as `parallax brief --format json` prints it.
    package var json: String {
        if let json = cachedJSON.withLock({ $0 }) { return json }
        // Two first readers may both render; the results are identical, so either may be kept.
        let json = JSONRenderer().render([brief])
        cachedJSON.withLock { $0 = json }
        return json
    }
}
