extension HTMLParser {
    /// Limits that keep hostile pages cheap.
    package struct Configuration: Sendable {
        /// How deep elements nest; deeper start tags become childless siblings at this depth.
        /// 512 is far beyond real pages (which rarely pass 60) and keeps every stack walk bounded.
        package var maxDepth: Int

        package init(maxDepth: Int) {
            self.maxDepth = max(1, maxDepth)
        }

        /// Depth 512.
        package static let `default` = Configuration(maxDepth: 512)
    }
}
