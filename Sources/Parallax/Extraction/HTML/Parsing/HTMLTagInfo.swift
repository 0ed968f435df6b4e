/// What the tokenizer and tree builder need to know about a tag name, looked up once per tag:
/// comparing the name against every rule's list of strings cost more than the rest of parsing.
struct HTMLTagInfo: Sendable {
    /// Yes/no properties from `HTMLElementRules`.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt16
        static let void = Traits(rawValue: 1 << 0)
        static let closesParagraph = Traits(rawValue: 1 << 1)
        static let heading = Traits(rawValue: 1 << 2)
        static let belongsInHead = Traits(rawValue: 1 << 3)
        static let foreignRoot = Traits(rawValue: 1 << 4)
        static let boundsNormalScope = Traits(rawValue: 1 << 5)
        static let boundsButtonScope = Traits(rawValue: 1 << 6)
        static let boundsListItemScope = Traits(rawValue: 1 << 7)
        static let boundsTableScope = Traits(rawValue: 1 << 8)

        /// The trait marking an element that bounds `scope`.
        static func bounding(_ scope: HTMLElementRules.Scope) -> Traits {
            switch scope {
            case .normal: return .boundsNormalScope
            case .button: return .boundsButtonScope
            case .listItem: return .boundsListItemScope
            case .table: return .boundsTableScope
            }
        }
    }

    /// Tags whose start closes or ignores something in its own way.
    enum Special: Sendable {
        case none, html, head, body, listItem, definition, option, optgroup, row, cell, tableSection, anchor, button
    }

    /// How the tokenizer reads the element's content.
    enum Content: Sendable {
        case markup
        /// Text up to the matching end tag, references kept literal (script, style).
        case rawText
        /// Text up to the matching end tag, references decoded (title, textarea).
        case escapableRawText
        /// Everything to the end of input.
        case plaintext
    }

    let traits: Traits
    let special: Special
    let content: Content
    let endTagScope: HTMLElementRules.Scope

    static let ordinary = HTMLTagInfo(traits: [], special: .none, content: .markup, endTagScope: .normal)

    static func lookup(_ name: String) -> HTMLTagInfo {
        table[name] ?? ordinary
    }

    private static let table: [String: HTMLTagInfo] = {
        var table: [String: HTMLTagInfo] = [:]
        for name in HTMLElementRules.namedTags {
            var traits: Traits = []
            if HTMLElementRules.isVoid(name) { traits.insert(.void) }
            if HTMLElementRules.closesParagraph(name) { traits.insert(.closesParagraph) }
            if HTMLElementRules.isHeading(name) { traits.insert(.heading) }
            if HTMLElementRules.belongsInHead(name) { traits.insert(.belongsInHead) }
            if HTMLElementRules.isForeignRoot(name) { traits.insert(.foreignRoot) }
            for scope in [HTMLElementRules.Scope.normal, .button, .listItem, .table] where scope.isBoundary(name) {
                traits.insert(.bounding(scope))
            }
            table[name] = HTMLTagInfo(
                traits: traits, special: HTMLElementRules.special(name), content: HTMLElementRules.content(name),
                endTagScope: HTMLElementRules.endTagScope(name)
            )
        }
        return table
    }()
}
