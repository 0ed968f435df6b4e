/// Makes hostile inputs by mutating and splicing nasty seed documents with fragments (markup by default).
struct HTMLFuzzGenerator {
    private var random: XorShiftRandom
    private let seeds: [[UInt8]]
    private let maxLength: Int
    private let fragments: [[UInt8]]

    init(seed: UInt64, seeds: [[UInt8]], maxLength: Int = 8192, fragments: [[UInt8]] = HTMLFuzzGenerator.fragments) {
        random = XorShiftRandom(seed: seed)
        self.seeds = seeds.isEmpty ? [[]] : seeds
        self.maxLength = maxLength
        self.fragments = fragments
    }

    /// Fragments that steer the parser into its awkward states.
    static let fragments: [[UInt8]] = [
        "<", ">", "</", "/>", "<!--", "-->", "--!>", "<!-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml ", "?>",
        "&", "&#", "&#x", ";", "&amp;", "&nbsp", "&#x110000;", "&#0;", "&#xD800;", "&#99999999999;", "&auml;", "&copy",
        "<p>", "</p>", "<li>", "<dd>", "<dt>", "<option>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<th>",
        "<tbody>", "<div>", "</div>", "<b>", "</b>", "<i>", "<a href=x>", "</a>", "<br/>", "</br>", "<img src=",
        "<script>", "</script>", "<script", "</script ", "<style>", "</style>", "<textarea>", "<title>", "</title>",
        "<plaintext>", "<xmp>", "<svg>", "</svg>", "<math>", "<path/>", "<html>", "<head>", "<body>", "</body>",
        "<meta charset=windows-1251>", "<meta charset=\"utf-16\">", "<meta http-equiv=content-type content='text/html; charset=koi8-r'>",
        "<?xml version=\"1.0\" encoding=\"iso-8859-15\"?>", "<rss>", "<channel>", "<item>", "</item>", "<feed>", "<entry>",
        "<content:encoded>", "<link>", "</link>", "<link href='h'/>", "<guid>", "<pubDate>", "<dc:creator>",
        "=", "\"", "'", " ", "\n", "\t", "a", "x=y", "class=\"", "\u{0}", "\u{FEFF}", "é", "𝄞",
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xED, 0xA0, 0x80], [0x3C, 0x00], [0x00, 0x3C]]

    mutating func next() -> [UInt8] {
        var input = seeds[random.below(seeds.count)]
        if input.count > maxLength { input = Array(input.prefix(maxLength)) }
        let mutations = 1 + random.below(8)
        for _ in 0..<mutations { mutate(&input) }
        if input.count > maxLength { input.removeSubrange(maxLength...) }
        return input
    }

    private mutating func mutate(_ input: inout [UInt8]) {
        let position = input.isEmpty ? 0 : random.below(input.count + 1)
        switch random.below(8) {
        case 0:
            input.insert(contentsOf: fragments[random.below(fragments.count)], at: position)
        case 1:
            input.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 2 where !input.isEmpty:
            let length = min(input.count - min(position, input.count - 1), 1 + random.below(64))
            let start = min(position, input.count - 1)
            input.removeSubrange(start..<(start + length))
        case 3 where !input.isEmpty:
            // Repeat a slice many times: deep nesting, long runs, huge attributes.
            let start = min(position, input.count - 1)
            let length = min(input.count - start, 1 + random.below(16))
            let slice = Array(input[start..<(start + length)])
            let times = 1 + random.below(max(1, maxLength / (4 * length)))
            input.insert(contentsOf: Array([[UInt8]](repeating: slice, count: times).joined()), at: start)
        case 4:
            let other = seeds[random.below(seeds.count)]
            guard !other.isEmpty else { return }
            let start = random.below(other.count)
            let length = min(other.count - start, 1 + random.below(512))
            input.insert(contentsOf: other[start..<(start + length)], at: position)
        case 5 where !input.isEmpty:
            let index = min(position, input.count - 1)
            input[index] ^= UInt8(1 << random.below(8))
        case 6 where !input.isEmpty:
            input.removeSubrange(min(position, input.count)...)
        default:
            let fragment = fragments[random.below(fragments.count)]
            input.insert(contentsOf: Array([[UInt8]](repeating: fragment, count: 1 + random.below(200)).joined()), at: position)
        }
    }
}
