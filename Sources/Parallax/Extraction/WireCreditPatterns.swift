/// The wordings that credit an agency as a source, kept as data. All lower case.
package struct WireCreditPatterns: Hashable, Sendable {
    /// Phrases before the agency in the same clause: "according to", "as reported by", "information from".
    package var before: [String]
    /// Phrases right before the agency: "(c)", "©", "copyright".
    package var copyright: [String]
    /// Verbs right after the agency (past a few descriptor words): "reported", "said", "contributed".
    package var after: [String]
    /// Words allowed between the agency and its verb: "news agency reported".
    package var descriptors: [String]

    package init(before: [String], copyright: [String], after: [String], descriptors: [String]) {
        self.before = before
        self.copyright = copyright
        self.after = after
        self.descriptors = descriptors
    }

    package static let `default` = WireCreditPatterns(
        before: [
            "according to", "as reported by", "reported by", "reports by", "report by", "reports from",
            "reporting by", "as cited by", "cited by", "quoted by", "information from", "inputs from",
            "input from", "material from", "reporting from", "said in a report", "told", "via", "sourced from",
            "courtesy of", "with agency inputs from", "as per", "source:", "sources:", "agencies:",
        ],
        copyright: ["(c)", "©", "copyright"],
        after: [
            "reported", "reports", "reporting", "said", "says", "quoted", "cited", "contributed",
            "wrote", "writes", "learned", "learnt", "has learned", "reported that", "news agency reported",
        ],
        descriptors: ["news", "agency", "state", "wire", "service", "newswire", "'s", "also", "earlier", "had", "has"]
    )
}
