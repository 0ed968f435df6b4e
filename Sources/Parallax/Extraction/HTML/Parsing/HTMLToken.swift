/// One lexical unit of markup; text, comments and doctypes are byte ranges into the tokenizer's input.
enum HTMLToken {
    /// Character data; `decodes` is false inside script and style, whose references stay literal.
    case text(Range<Int>, decodes: Bool)
    /// `tag` numbers the name in the tokenizer's `HTMLTagNames`.
    case startTag(name: String, tag: Int, attributes: [HTMLAttribute], selfClosing: Bool, info: HTMLTagInfo)
    case endTag(name: String, tag: Int, info: HTMLTagInfo)
    case comment(Range<Int>)
    case doctype(Range<Int>)
    /// `<![CDATA[...]]>` contents, kept as text (feeds wrap their HTML in it).
    case cdata(Range<Int>)
    case end
}
