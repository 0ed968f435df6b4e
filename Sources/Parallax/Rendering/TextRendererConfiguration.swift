extension TextRenderer {
    /// How the terminal brief is laid out.
    package struct Configuration: Sendable {
        /// Lines wrap at this many columns.
        package var width: Int
        /// Whether headings and names get ANSI emphasis; off by default so piped output stays plain.
        package var useColor: Bool
        /// Statements under a fact are cut to this many characters; the summary and timeline are never cut.
        package var statementLength: Int

        package init(width: Int = 100, useColor: Bool = false, statementLength: Int = 160) {
            self.width = width
            self.useColor = useColor
            self.statementLength = statementLength
        }

        /// 100 columns, no color, statements cut at 160 characters (about two lines in the indented lists).
        package static let `default` = Configuration()
    }
}
