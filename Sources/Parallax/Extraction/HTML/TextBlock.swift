/// One paragraph-like run of text on the page and the element that holds it.
struct TextBlock {
    var text: String
    /// The nearest enclosing block-level element.
    var owner: Int
    /// UTF-8 length of the text.
    var length: Int
    /// UTF-8 length of the part inside links.
    var linkLength: Int
    var isHeading: Bool
    /// Inside a list item or table cell (structure kept when inside the content).
    var isListOrCell: Bool

    var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
}
