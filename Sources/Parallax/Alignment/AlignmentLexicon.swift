/// The word lists alignment relies on, kept as data: synonyms, places, event qualifiers, clause joints, boilerplate.
package struct AlignmentLexicon: Sendable {
    /// Groups of words that say the same thing in news text; the first word names the group.
    package var synonyms: [[String]]
    /// Capital city (lowercased) → its country (lowercased).
    package var capitals: [String: String]
    /// Adjective of nationality (lowercased) → its country (lowercased).
    package var demonyms: [String: String]
    /// Words that single out one occurrence of an event ("last", "first"), by class: a claim about the
    /// last visit does not contradict a claim about some visit.
    package var qualifiers: [String: String]
    /// Words after a comma that start a second claim in the same sentence.
    package var clauseJoints: Set<String>
    /// Coordinators that start a second claim when a subject follows them (", and the sides signed").
    package var coordinators: Set<String>
    /// Words that can open a clause as its subject after a coordinator.
    package var subjectWords: Set<String>
    /// Words before a date that make it a point of reference, not the event's own date ("since 1988").
    package var referenceDateCues: Set<String>
    /// Words that make a statement's date a later remembrance of the event ("the fourth anniversary").
    package var commemorationWords: Set<String>
    /// Words that mark a statement as about the future ("will", "scheduled").
    package var futureCues: Set<String>
    /// Irregular verb forms → their base form, which stemming cannot find ("met" → "meet").
    package var irregularForms: [String: String]
    /// Words that carry no claim of their own: reporting verbs (the claim is what was said), bare time
    /// words (the dates themselves are compared), and prepositions the stop list misses.
    package var ignoredWords: Set<String>
    /// Lowercased phrases that mark a sentence as page furniture rather than news.
    package var boilerplateMarkers: [String]

    package init(
        synonyms: [[String]], capitals: [String: String], demonyms: [String: String], qualifiers: [String: String],
        clauseJoints: Set<String>, coordinators: Set<String>, subjectWords: Set<String>,
        referenceDateCues: Set<String>, commemorationWords: Set<String>, futureCues: Set<String>,
        irregularForms: [String: String], ignoredWords: Set<String>, boilerplateMarkers: [String]
    ) {
        self.irregularForms = irregularForms
        self.ignoredWords = ignoredWords
        self.synonyms = synonyms
        self.capitals = capitals
        self.demonyms = demonyms
        self.qualifiers = qualifiers
        self.clauseJoints = clauseJoints
        self.coordinators = coordinators
        self.subjectWords = subjectWords
        self.referenceDateCues = referenceDateCues
        self.commemorationWords = commemorationWords
        self.futureCues = futureCues
        self.boilerplateMarkers = boilerplateMarkers
    }

    /// The lists for English news.
    package static let english = AlignmentLexicon(
        synonyms: [
            ["visit", "trip", "tour", "travel", "journey"],
            ["support", "back", "endorse", "favor", "favour", "champion"],
            ["meet", "talk", "discussion", "discuss", "meeting", "encounter", "negotiation"],
            ["say", "tell", "inform", "insist", "claim", "assert", "announce", "remark"],
            ["weapon", "arms", "armament", "munition"],
            ["aid", "assistance", "help"],
            ["last", "recent", "previous", "latest", "prior", "preceding"],
            ["first", "maiden", "inaugural"],
            ["foreign", "overseas", "international", "abroad"],
            ["relationship", "relation", "tie", "partnership", "bond"],
            ["pact", "agreement", "declaration", "deal", "accord", "treaty"],
            ["gain", "garner", "win", "achieve"],
            ["emphasize", "emphasise", "highlight", "stress", "underline", "underscore"],
            ["suggest", "suggestion", "propose", "proposal", "hint"],
            ["provide", "give", "send", "deliver", "supply"],
            ["conference", "summit", "forum"],
            ["country", "nation"],
            ["begin", "start", "launch", "open"],
            ["arrive", "land", "reach"],
            ["direct", "face-to-face", "in-person"],
            ["big", "large", "major"],
            ["kill", "dead", "death", "die"],
            ["injure", "wound", "hurt"],
            ["president", "leader"],
            ["recognize", "recognise", "acknowledge"],
            ["organize", "organise"],
            ["criticize", "criticise", "slam", "condemn"],
            ["election", "re-election", "vote"],
        ],
        capitals: [
            "beijing": "china", "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine",
            "washington": "united states", "london": "united kingdom", "paris": "france", "berlin": "germany",
            "tokyo": "japan", "new delhi": "india", "tehran": "iran", "ankara": "turkey", "bern": "switzerland",
            "seoul": "south korea", "pyongyang": "north korea", "brussels": "belgium", "rome": "italy",
            "madrid": "spain", "ottawa": "canada", "canberra": "australia", "warsaw": "poland", "minsk": "belarus",
            "damascus": "syria", "baghdad": "iraq", "cairo": "egypt", "riyadh": "saudi arabia", "islamabad": "pakistan",
            "kabul": "afghanistan", "taipei": "taiwan", "hanoi": "vietnam", "manila": "philippines",
            "jakarta": "indonesia", "brasilia": "brazil", "mexico city": "mexico", "buenos aires": "argentina",
            "pretoria": "south africa", "nairobi": "kenya", "abuja": "nigeria", "stockholm": "sweden",
            "helsinki": "finland", "oslo": "norway", "vienna": "austria", "budapest": "hungary", "prague": "czech republic",
        ],
        demonyms: [
            "chinese": "china", "russian": "russia", "ukrainian": "ukraine", "american": "united states",
            "british": "united kingdom", "french": "france", "german": "germany", "japanese": "japan",
            "indian": "india", "iranian": "iran", "turkish": "turkey", "swiss": "switzerland",
            "korean": "korea", "italian": "italy", "spanish": "spain", "canadian": "canada",
            "australian": "australia", "polish": "poland", "belarusian": "belarus", "syrian": "syria",
            "iraqi": "iraq", "egyptian": "egypt", "saudi": "saudi arabia", "pakistani": "pakistan",
            "afghan": "afghanistan", "taiwanese": "taiwan", "vietnamese": "vietnam", "filipino": "philippines",
            "indonesian": "indonesia", "brazilian": "brazil", "mexican": "mexico", "israeli": "israel",
            "palestinian": "palestine", "swedish": "sweden", "finnish": "finland", "norwegian": "norway",
            "austrian": "austria", "hungarian": "hungary", "czech": "czech republic",
        ],
        qualifiers: [
            "last": "last", "recent": "last", "latest": "last", "previous": "last", "prior": "last",
            "preceding": "last", "first": "first", "maiden": "first", "inaugural": "first", "next": "next",
            "upcoming": "next", "forthcoming": "next",
        ],
        clauseJoints: ["while", "whereas", "which"],
        coordinators: ["and", "but"],
        subjectWords: [
            "he", "she", "it", "they", "we", "i", "you", "the", "this", "these", "those", "both", "his", "her",
            "their", "its", "our", "a", "an",
        ],
        referenceDateCues: ["since", "until", "till", "before", "after", "by", "from", "through"],
        commemorationWords: ["anniversary", "anniversaries", "commemorate", "commemorated", "commemoration", "memorial", "remembrance"],
        futureCues: ["will", "scheduled", "expected", "plans", "planned", "upcoming", "next", "would"],
        irregularForms: [
            "met": "meet", "held": "hold", "gave": "give", "given": "give", "sent": "send", "began": "begin",
            "begun": "begin", "took": "take", "taken": "take", "went": "go", "gone": "go", "won": "win",
            "spoke": "speak", "spoken": "speak", "fought": "fight", "brought": "bring", "built": "build",
            "struck": "strike", "fled": "flee", "left": "leave", "led": "lead", "sought": "seek", "saw": "see",
            "seen": "see", "found": "find", "made": "make", "paid": "pay", "sold": "sell", "bought": "buy",
            "kept": "keep", "lost": "lose", "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall",
            "grew": "grow", "grown": "grow", "came": "come", "became": "become", "knew": "know", "known": "know",
            "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "drove": "drive",
            "flew": "fly", "flown": "fly", "ran": "run", "shot": "shoot", "stood": "stand", "understood": "understand",
            "withdrew": "withdraw", "withdrawn": "withdraw", "sank": "sink", "sunk": "sink", "froze": "freeze",
            "frozen": "freeze", "stole": "steal", "stolen": "steal", "broke": "break", "broken": "break",
            "threw": "throw", "thrown": "throw", "drew": "draw", "drawn": "draw",
        ],
        ignoredWords: [
            "say", "said", "says", "saying", "tell", "told", "tells", "add", "added", "adds", "state", "stated", "states",
            "report", "reported", "reports", "reportedly", "according", "noted", "note", "cited", "citing",
            "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "time", "times",
            "amid", "amidst", "despite", "via", "also", "including", "earlier", "later",
            "would", "could", "should", "might", "must", "may", "can", "will", "shall",
        ],
        boilerplateMarkers: [
            "follow us", "all rights reserved", "click here", "subscribe", "sign up", "read more", "leave a reply",
            "email address", "image source", "contains information from", "contributed to this report",
            "reporting by", "editing by", "related articles", "also read", "whatsapp", "newsletter", "cookie",
        ]
    )
}
