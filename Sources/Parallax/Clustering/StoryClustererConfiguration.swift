extension StoryClusterer {
    /// The weights and thresholds of story clustering; one setting for every kind of news.
    package struct Configuration: Sendable, Hashable {
        /// Cosine similarity to a story's centroid at or above which an article joins the story.
        package var assignmentThreshold: Double
        /// The lower cosine at which an article joins a story told within `storylineDays` of its date (both dated):
        /// a storyline followed over days drifts from its first reports (the arrest, the hearing, the verdict).
        package var storylineThreshold: Double
        /// How many days either side of a story's newest dated article the storyline threshold applies.
        package var storylineDays: Int
        /// Cosine similarity between two story centroids at or above which they merge into one story.
        package var mergeThreshold: Double
        /// Extra weight of capitalized, entity-like words (names of people, places, organisations).
        package var entityWeight: Double
        /// The share of a sentence's content words (of three or more) that, capitalized, make it a headline in
        /// title case, whose capitals do not mark names (above 1: never).
        package var titleCaseShare: Double
        /// Extra weight of numbers (counts, ages, scores): they tell apart similar events.
        package var numberWeight: Double
        /// How many opening sentences count as the lead.
        package var leadSentences: Int
        /// How much a word in the lead counts (a word elsewhere counts 1).
        package var leadWeight: Double
        /// The power the inverse document frequency is raised to: above 1, rare terms (names, places) count more.
        package var idfExponent: Double
        /// Documents the idf assumes were seen before the stream, none of them with any term: in a small collection
        /// (a handful of articles about one story) the words they all share would otherwise weigh nothing, and
        /// each article's own words would set it apart. A stream of thousands outgrows them.
        package var backgroundDocuments: Int
        /// How many of an article's heaviest terms look up candidate stories in the inverted index.
        package var candidateTerms: Int
        /// Relative growth of the collection after which a story's cached centroid norm is recomputed.
        package var normRefreshGrowth: Double
        /// How far an article's similarity to a story moves from the full cosine towards the cosine of names and
        /// numbers alone (0: full cosine only): two events of one kind share topic words but not their specifics.
        package var storyEntityShare: Double
        /// The least cosine of names and numbers at which an article may join a story, when both have names or
        /// numbers (0: no floor): a story about another event of the same kind shares the words but not the names.
        package var storyEntityFloor: Double
        /// Articles with at most this many distinct terms (a headline, a brief) are short.
        package var shortArticleTerms: Int
        /// The assignment threshold of a short article: a few words share few terms with a story's centroid, so
        /// their cosine runs lower for the same relatedness.
        package var shortAssignmentThreshold: Double
        /// How copies are detected inside each story.
        package var copies: CopyDetector.Configuration
        /// How many of its heaviest terms (sum of members' frequencies times idf) a story's centroid keeps: a
        /// story is told by its heaviest terms, and the bound keeps its size and comparisons flat as it grows.
        package var centroidTerms: Int
        /// The most share of a centroid's terms that names and numbers may take when it is cut to `centroidTerms`
        /// (they weigh several times a topic word, and the topic words are what relate the stories of one topic).
        package var centroidNameShare: Double
        /// How many stories each term's posting list keeps (the ones that used the term last): a common term
        /// would otherwise list a growing share of all stories and make every lookup slower as the store grows.
        package var postingLimit: Int
        /// Whether and when a story is tested for two events and split in two.
        package var splitting: StorySplitter.Configuration

        package init(
            assignmentThreshold: Double = 0.3, storylineThreshold: Double = 0.2, storylineDays: Int = 14, mergeThreshold: Double = 0.6, entityWeight: Double = 3, titleCaseShare: Double = 0.75,
            numberWeight: Double = 1.5, idfExponent: Double = 1, backgroundDocuments: Int = 100, leadSentences: Int = 2, leadWeight: Double = 2, candidateTerms: Int = 24, normRefreshGrowth: Double = 0.1,
            storyEntityShare: Double = 0, storyEntityFloor: Double = 0,
            shortArticleTerms: Int = 10, shortAssignmentThreshold: Double = 0.1, copies: CopyDetector.Configuration = .default,
            centroidTerms: Int = 128, centroidNameShare: Double = 1, postingLimit: Int = 16,
            splitting: StorySplitter.Configuration = .default
        ) {
            self.assignmentThreshold = assignmentThreshold
            self.storylineThreshold = storylineThreshold
            self.storylineDays = storylineDays
            self.mergeThreshold = mergeThreshold
            self.entityWeight = entityWeight
            self.titleCaseShare = titleCaseShare
            self.numberWeight = numberWeight
            self.idfExponent = idfExponent
            self.backgroundDocuments = backgroundDocuments
            self.leadSentences = leadSentences
            self.leadWeight = leadWeight
            self.candidateTerms = candidateTerms
            self.normRefreshGrowth = normRefreshGrowth
            self.storyEntityShare = storyEntityShare
            self.storyEntityFloor = storyEntityFloor
            self.shortArticleTerms = shortArticleTerms
            self.shortAssignmentThreshold = shortAssignmentThreshold
            self.copies = copies
            self.centroidTerms = centroidTerms
            self.centroidNameShare = centroidNameShare
            self.postingLimit = postingLimit
            self.splitting = splitting
        }

        /// An article joins a story at centroid cosine ≥ 0.3 (a short one, of at most 10 terms, at ≥ 0.1; any article at
        /// ≥ 0.2 when the story was told within 14 days of it, both dated: a storyline followed over days and weeks
        /// drifts from its first reports, and an event of the same kind elsewhere is rarely that close in time and
        /// words), two stories merge at ≥ 0.6. The idf counts 100 background documents, so that a handful of articles
        /// about one story weigh the words they share. Names count three times, numbers one and a half times and the
        /// title and two lead sentences twice, since names, figures and the lead are what separate two similar events;
        /// capitals in a sentence whose content words are at least 75 % capitalized (a title-case headline) are not
        /// names. Chosen on ECB+ topics 1–35 and the UCI headlines as one setting, in the middle of ranges where the
        /// scores stay level, and the storyline settings and the background on MultiLing 2011 and BASIL beside them
        /// (BENCHMARKS.md lists the sweeps); groups of related stories have their own settings (`StoryGrouping`). A
        /// story's centroid keeps its 128 heaviest terms (names and numbers uncapped), and each term lists the 16 stories
        /// that used it last, so an addition stays under a millisecond at a million articles held. A story whose
        /// members form two events splits in two (`StorySplitter.Configuration.default`).
        package static let `default` = Configuration()

        /// The settings as stores and index snapshots record them: fixed key names, the copy detection's under
        /// "copies." and the splitting's under "splitting.". A new setting adds a key; a changed meaning bumps
        /// the schema's version.
        package var fingerprint: SettingsFingerprint {
            var values: [String: String] = [
                "assignmentThreshold": "\(assignmentThreshold)", "storylineThreshold": "\(storylineThreshold)",
                "storylineDays": "\(storylineDays)", "mergeThreshold": "\(mergeThreshold)", "entityWeight": "\(entityWeight)",
                "titleCaseShare": "\(titleCaseShare)", "numberWeight": "\(numberWeight)", "leadSentences": "\(leadSentences)",
                "leadWeight": "\(leadWeight)", "idfExponent": "\(idfExponent)", "backgroundDocuments": "\(backgroundDocuments)",
                "candidateTerms": "\(candidateTerms)", "normRefreshGrowth": "\(normRefreshGrowth)",
                "storyEntityShare": "\(storyEntityShare)", "storyEntityFloor": "\(storyEntityFloor)",
                "shortArticleTerms": "\(shortArticleTerms)", "shortAssignmentThreshold": "\(shortAssignmentThreshold)",
                "centroidTerms": "\(centroidTerms)", "centroidNameShare": "\(centroidNameShare)", "postingLimit": "\(postingLimit)",
            ]
            for (key, value) in copies.fingerprintValues { values["copies." + key] = value }
            for (key, value) in splitting.fingerprintValues { values["splitting." + key] = value }
            return SettingsFingerprint(schema: "clustering/1", values: values)
        }
    }
}
