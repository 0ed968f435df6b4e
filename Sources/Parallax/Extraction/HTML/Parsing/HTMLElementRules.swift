/// The HTML content model the tree builder needs, kept as data: void elements, scopes, implied ends.
enum HTMLElementRules {
    /// Elements that never have children or an end tag.
    static func isVoid(_ name: String) -> Bool {
        switch name {
        case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
             "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image":
            return true
        default:
            return false
        }
    }

    /// Start tags that close an open `<p>` (block-level content cannot sit inside a paragraph).
    static func closesParagraph(_ name: String) -> Bool {
        switch name {
        case "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
             "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
             "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "listing", "section", "summary", "table",
             "ul", "xmp", "plaintext", "search", "li", "dd", "dt":
            return true
        default:
            return false
        }
    }

    /// Elements that may appear in `<head>`; any other start tag ends the head.
    static func belongsInHead(_ name: String) -> Bool {
        switch name {
        case "meta", "link", "title", "style", "script", "base", "noscript", "template", "basefont", "bgsound":
            return true
        default:
            return false
        }
    }

    static func isHeading(_ name: String) -> Bool {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": return true
        default: return false
        }
    }

    /// Where a search for an open element stops.
    enum Scope {
        case normal, button, listItem, table

        func isBoundary(_ name: String) -> Bool {
            switch name {
            case "html", "table", "template":
                return true
            case "applet", "caption", "td", "th", "marquee", "object":
                return self != .table
            case "button":
                return self == .button
            case "ol", "ul":
                return self == .listItem
            default:
                return false
            }
        }
    }

    /// The scope an end tag for `name` searches: table parts look through cells, everything else stops at them.
    static func endTagScope(_ name: String) -> Scope {
        switch name {
        case "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup": return .table
        case "li": return .listItem
        case "p": return .button
        default: return .normal
        }
    }

    /// How the start of `name` closes open elements beyond the general rules.
    static func special(_ name: String) -> HTMLTagInfo.Special {
        switch name {
        case "html": return .html
        case "head": return .head
        case "body": return .body
        case "li": return .listItem
        case "dd", "dt": return .definition
        case "option": return .option
        case "optgroup": return .optgroup
        case "tr": return .row
        case "td", "th": return .cell
        case "thead", "tbody", "tfoot": return .tableSection
        case "a": return .anchor
        case "button": return .button
        default: return .none
        }
    }

    /// How the tokenizer reads the content of `name`.
    static func content(_ name: String) -> HTMLTagInfo.Content {
        switch name {
        case "script", "style", "xmp", "iframe", "noembed", "noframes": return .rawText
        case "textarea", "title": return .escapableRawText
        case "plaintext": return .plaintext
        default: return .markup
        }
    }

    /// Every name some rule above mentions; all other names are ordinary.
    static let namedTags: [String] = """
        area base br col embed hr img input link meta param source track wbr keygen frame basefont bgsound image \
        address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form \
        h1 h2 h3 h4 h5 h6 header hgroup main menu nav ol p pre listing section summary table ul xmp plaintext search \
        li dd dt title style script noscript template html applet caption td th marquee object button tbody thead \
        tfoot tr colgroup svg math head body option optgroup a iframe noembed noframes textarea
        """.split(separator: " ").map(String.init)

    /// Elements whose self-closing `/>` is honoured: SVG and MathML content, where it means an empty element.
    static func isForeignRoot(_ name: String) -> Bool { name == "svg" || name == "math" }
}
