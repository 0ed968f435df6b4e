/// The tag names met while tokenizing one page, each numbered once: the names the tree builder's rules
/// mention first (fixed numbers, see `HTMLKnownTag`), then the others in order of first appearance. The builder
/// indexes its open elements by number, so a name is hashed once per tag instead of at every push, pop and scope check.
struct HTMLTagNames {
    private static let knownIDs: [String: Int] = {
        var ids: [String: Int] = [:]
        for name in HTMLElementRules.namedTags where ids[name] == nil { ids[name] = ids.count }
        return ids
    }()

    /// The number of a name the rules mention.
    static func knownID(_ name: String) -> Int {
        guard let id = knownIDs[name] else { preconditionFailure("\(name) is not in HTMLElementRules.namedTags") }
        return id
    }

    private var idByName = HTMLTagNames.knownIDs
    /// What the builder needs to know about each numbered name.
    private(set) var infos: [HTMLTagInfo] = {
        var infos = [HTMLTagInfo](repeating: .ordinary, count: HTMLTagNames.knownIDs.count)
        for (name, id) in HTMLTagNames.knownIDs { infos[id] = HTMLTagInfo.lookup(name) }
        return infos
    }()

    /// The number of `name`, given a new one when first met.
    mutating func id(of name: String) -> Int {
        if let id = idByName[name] { return id }
        let id = infos.count
        idByName[name] = id
        infos.append(HTMLTagInfo.lookup(name))
        return id
    }
}

/// Numbers of the tag names the tree builder tests by name.
enum HTMLKnownTag {
    static let li = HTMLTagNames.knownID("li")
    static let dd = HTMLTagNames.knownID("dd")
    static let dt = HTMLTagNames.knownID("dt")
    static let p = HTMLTagNames.knownID("p")
    static let a = HTMLTagNames.knownID("a")
    static let button = HTMLTagNames.knownID("button")
    static let td = HTMLTagNames.knownID("td")
    static let th = HTMLTagNames.knownID("th")
    static let tr = HTMLTagNames.knownID("tr")
    static let thead = HTMLTagNames.knownID("thead")
    static let tbody = HTMLTagNames.knownID("tbody")
    static let tfoot = HTMLTagNames.knownID("tfoot")
    static let head = HTMLTagNames.knownID("head")
    static let option = HTMLTagNames.knownID("option")
    static let optgroup = HTMLTagNames.knownID("optgroup")
    static let image = HTMLTagNames.knownID("image")
    static let img = HTMLTagNames.knownID("img")
    static let br = HTMLTagNames.knownID("br")
    static let definitionTags = [dd, dt]
    static let cellTags = [td, th]
    static let tablePartTags = [td, th, tr, thead, tbody, tfoot]
}
