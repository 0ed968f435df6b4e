/// One node of an HTMLDocument.
public struct HTMLNode: Sendable {
    /// What a node is; only elements have a name and attributes, only text and comments have text.
    public enum Kind: Sendable { case document, element, text, comment, doctype }

    public let kind: Kind
    /// Lowercase tag name for elements, "" otherwise.
    public let name: String
    public let attributes: [HTMLAttribute]
    /// Text for `.text` and `.comment` nodes (entities decoded), "" otherwise.
    public let text: String
    public let parent: Int?
    public let children: [Int]

    init(kind: Kind, name: String, attributes: [HTMLAttribute], text: String, parent: Int?, children: [Int]) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.text = text
        self.parent = parent
        self.children = children
    }
}
