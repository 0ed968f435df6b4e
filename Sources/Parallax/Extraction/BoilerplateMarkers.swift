/// The phrases that mark boilerplate in article text, kept as data so new sites need a list entry, not code.
/// All markers are lower case; paragraphs are compared lowercased.
package struct BoilerplateMarkers: Sendable {
    /// Headings that introduce a block of links or teasers ("ALSO READ", "Related Articles").
    package var relatedHeadings: [String]
    /// Paragraph openings of social, share, newsletter, comment-form and image-credit lines.
    package var promptPrefixes: [String]
    /// Whole paragraphs that are a control or label ("Share", "Print", "Impressum"), compared without punctuation.
    package var wholeLines: [String]
    /// Phrases that make a short paragraph a prompt wherever they appear in it ("join whatsapp group").
    package var promptPhrases: [String]
    /// Openings of credit parentheticals removed from inside paragraphs ("(photo credit", "(file photo").
    package var inlineCreditPrefixes: [String]
    /// Openings of metadata lines at the top of an article ("updated:", "published on").
    package var metadataPrefixes: [String]
    /// Words of an author biography ("blog writer", "is a reporter", "holds a").
    package var biographyPhrases: [String]
    /// Headings that introduce an author biography.
    package var biographyHeadings: [String]

    package init(
        relatedHeadings: [String], promptPrefixes: [String], wholeLines: [String], promptPhrases: [String],
        inlineCreditPrefixes: [String], metadataPrefixes: [String], biographyPhrases: [String],
        biographyHeadings: [String]
    ) {
        self.relatedHeadings = relatedHeadings
        self.promptPrefixes = promptPrefixes
        self.wholeLines = wholeLines
        self.promptPhrases = promptPhrases
        self.inlineCreditPrefixes = inlineCreditPrefixes
        self.metadataPrefixes = metadataPrefixes
        self.biographyPhrases = biographyPhrases
        self.biographyHeadings = biographyHeadings
    }

    /// The lists in `RelatedHeadingMarkers`, `PromptMarkers`, `MetadataMarkers` and `BiographyMarkers`.
    package static let `default` = BoilerplateMarkers(
        relatedHeadings: RelatedHeadingMarkers.headings,
        promptPrefixes: PromptMarkers.prefixes,
        wholeLines: PromptMarkers.wholeLines,
        promptPhrases: PromptMarkers.phrases,
        inlineCreditPrefixes: PromptMarkers.inlineCreditPrefixes,
        metadataPrefixes: MetadataMarkers.prefixes,
        biographyPhrases: BiographyMarkers.phrases,
        biographyHeadings: BiographyMarkers.headings
    )
}
