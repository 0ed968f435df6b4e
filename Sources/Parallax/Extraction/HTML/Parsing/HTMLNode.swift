/// One node of an HTMLDocument.
package struct HTMLNode: Sendable {
    /// What a node is; only elements have a name and attributes, only text and comments have text.
    package enum Kind: Sendable { case document, element, text, comment, doctype }

    package let kind: Kind
    /// Lowercase tag name for elements, "" otherwise.
    package let name: String
    package let attributes: [HTMLAttribute]
    /// Text for `.text` and `.comment` nodes (entities decoded), "" otherwise.
    package let text: String
    package let parent: Int?
    package let children: [Int]

    init(kind: Kind, name: String, attributes: [HTMLAttribute], text: String, parent: Int?, children: [Int]) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.text = text
        self.parent = parent
        self.children = children
    }
}
