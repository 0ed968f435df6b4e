/// Capitalized words that are not names, organization markers and name particles, kept as data.
package enum NameLexicon {
    /// Words that are capitalized at the start of sentences, in headlines or by convention, but name nothing.
    static let nonNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "there", "here", "however", "meanwhile", "additionally", "also",
        "but", "and", "or", "so", "yet", "if", "when", "while", "although", "though", "because", "since", "after",
        "before", "during", "following", "despite", "according", "as", "at", "in", "on", "of", "for", "from", "to",
        "with", "by", "about", "against", "amid", "amidst", "among", "between", "into", "over", "under", "upon",
        "previous", "earlier", "later", "last", "next", "first", "second", "third", "former", "both", "others",
        "all", "some", "many", "most", "several", "each", "every", "no", "not", "other", "such", "what", "which",
        "who", "whom", "whose", "why", "how", "where", "yes", "just", "only", "even", "still", "now", "then",
        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "read", "also", "related",
        "image", "photo", "source", "follow", "share", "click", "subscribe", "advertisement", "updated",
        "published", "leave", "reply", "comments", "video", "watch", "live", "breaking", "news", "report",
        "reports", "further", "instead", "indeed", "moreover", "furthermore", "therefore", "thus", "overall",
        "finally", "eventually", "currently", "recently", "please", "whether", "once", "unlike", "like", "until",
        "without", "within", "across", "along", "around", "through", "throughout", "toward", "towards", "via",
        "prior", "rather", "given", "regarding", "concerning", "including", "beyond", "above", "below", "near",
        "state", "media", "officials", "sources", "analysts", "experts", "critics", "residents", "people", "several",
        "neither", "either", "nor", "any", "one", "two", "three", "four", "five", "ten", "hundreds", "thousands",
        "millions", "dozens", "part", "more", "less", "much", "few", "she's", "he's", "it's", "that's", "there's",
        "we're", "they're", "i'm", "don't", "can't", "won't", "isn't", "wasn't", "didn't", "let", "let's", "do",
        "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
        "could", "should", "must", "might", "shall", "again", "already", "always", "never", "often", "perhaps",
        "maybe", "well", "yes", "no", "asked", "speaking", "writing", "reporting", "editing", "additional",
        "ukrainian", "russian", "chinese", "american", "western", "eastern", "northern", "southern",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that end organization names ("Foreign Ministry", "Communist Party", "Belt and Road Forum").
    /// Organization head words that, standing alone, are common nouns ("the Department said").
    static let genericHeads: Set<String> = [
        "department", "committee", "council", "office", "bureau", "agency", "commission", "court", "panel", "board",
        "administration", "government", "group", "company", "party", "university", "college", "school",
        "institute", "association", "union", "foundation", "fund", "service", "ministry", "district", "state",
    ]

    /// Lowercase endings of compound adjectives built on a name: "Kremlin-backed", "Obama-era", "Texas-based".
    static let adjectiveSuffixes: Set<String> = [
        "linked", "backed", "led", "based", "born", "era", "style", "owned", "funded", "controlled", "affiliated",
        "inspired", "allied", "aligned", "friendly", "related", "made", "run", "appointed", "sponsored", "occupied",
    ]

    package static let organizationHeads: Set<String> = [
        "ministry", "party", "commission", "court", "council", "agency", "bank", "inc", "inc.", "ltd", "ltd.",
        "llc", "plc", "corp", "corp.", "corporation", "company", "co", "university", "college", "school",
        "institute", "forum", "committee", "organization", "organisation", "association", "union", "federation",
        "department", "office", "bureau", "service", "services", "army", "navy", "force", "forces", "police",
        "guard", "parliament", "senate", "congress", "assembly", "duma", "rada", "cabinet", "government",
        "administration", "fund", "foundation", "group", "holdings", "times", "post", "journal", "news",
        "press", "network", "television", "radio", "tribune", "herald", "gazette", "club", "league", "alliance",
        "coalition", "movement", "front", "brigade", "battalion", "regiment", "command", "authority", "board",
        "exchange", "reserve", "treasury", "kremlin", "pentagon", "summit", "conference", "initiative", "games",
        "olympics", "cup", "championship", "airlines", "airways", "motors", "technologies", "systems", "labs",
        "affairs", "representatives", "nations", "panel", "caucus", "defense", "defence", "gendarmerie", "airbus", "boeing", "council", "tribunal", "church", "hospital",
    ]

    /// Common nouns that end the names of things rather than people: "Kyoto Protocol", "Piccadilly Line".
    static let thingHeads: Set<String> = [
        "protocol", "change", "line", "village", "house", "war", "act", "center", "centre", "stadium", "park",
        "hall", "road", "bridge", "station", "tower", "towers", "cross", "prix", "award", "awards", "prize",
        "treaty", "agreement", "accord", "accords", "plan", "program", "programme", "project", "index", "time",
        "day", "week", "year", "age", "era", "rim", "law", "bill", "declaration", "charter", "convention",
        "museum", "gallery", "theatre", "theater", "cathedral", "temple", "mosque", "palace", "castle", "hotel",
        "building", "plaza", "mall", "market", "zone", "route", "highway", "tunnel", "dam", "canal", "base",
        "camp", "prison", "jail", "field", "arena", "circuit", "track", "trophy", "open", "series", "tour",
        "festival", "show", "film", "movie", "book", "album", "song", "report", "survey", "study", "crisis",
        "storm", "hurricane", "typhoon", "earthquake", "fire", "disease", "virus", "flu", "syndrome", "effect",
        "theory", "system", "network", "model", "class", "standard", "edition", "version", "card", "world",
    ]

    /// Words an organization name may contain between capitalized words: "Ministry of Foreign Affairs".
    static let organizationConnectors: Set<String> = ["of", "for", "and", "on", "&"]

    /// Lowercase particles inside personal names: "Osama bin Laden", "Ursula von der Leyen".
    static let nameParticles: Set<String> = [
        "bin", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
        "dos", "das", "abu", "ben", "zu", "ter", "y",
    ]

    /// Acronyms of organizations, so they are not taken for places or people.
    static let organizationAcronyms: Set<String> = [
        "NATO", "UN", "EU", "IMF", "WHO", "WTO", "OPEC", "ASEAN", "BRICS", "G7", "G20", "OSCE", "IAEA", "UNESCO",
        "UNICEF", "FBI", "CIA", "NSA", "KGB", "FSB", "SBU", "GRU", "PLA", "CPC", "CCP", "ANC", "AFP", "AP", "TASS",
        "CNN", "BBC", "NBC", "CBS", "ABC", "NPR", "RT", "SCO", "OECD", "ECB", "ICC", "ICJ", "SEC", "FDA", "NASA",
        "MFA", "FIFA", "UEFA", "IOC", "SCMP", "CGTN", "DPA", "ANSA", "EFE", "PTI", "IANS", "ANI", "UNHCR",
    ]

    /// News agencies and outlets named without a suffix: organizations.
    static let outlets: Set<String> = [
        "reuters", "xinhua", "tass", "ria", "novosti", "interfax", "bloomberg", "kyodo", "yonhap", "ukrinform",
        "bernama", "antara", "politico", "axios", "facebook", "twitter", "google", "meta", "apple", "microsoft",
        "amazon", "tesla", "telegram", "whatsapp", "youtube", "instagram", "tiktok", "huawei", "gazprom",
        "rosneft", "sputnik", "al jazeera", "agence france-presse", "al qaeda", "al-qaeda", "islamic state", "isis", "white house", "downing street", "elysee", "élysée", "capitol hill", "kremlin", "pentagon", "hamas", "hezbollah", "taliban", "wagner",
    ]

    /// Nationality and regional adjectives: not entities on their own ("Chinese", "Russian").
    static let demonyms: Set<String> = [
        "chinese", "russian", "ukrainian", "american", "british", "french", "german", "italian", "spanish",
        "japanese", "korean", "indian", "pakistani", "iranian", "iraqi", "syrian", "israeli", "palestinian",
        "turkish", "egyptian", "saudi", "emirati", "qatari", "afghan", "polish", "hungarian", "czech", "slovak",
        "romanian", "bulgarian", "serbian", "croatian", "greek", "dutch", "belgian", "swiss", "austrian",
        "swedish", "norwegian", "danish", "finnish", "estonian", "latvian", "lithuanian", "belarusian",
        "georgian", "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "vietnamese", "thai", "indonesian",
        "malaysian", "filipino", "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian",
        "chilean", "colombian", "venezuelan", "cuban", "nigerian", "kenyan", "ethiopian", "south", "north",
        "african", "european", "asian", "western", "eastern", "northern", "southern", "midwestern", "northeastern",
        "northwestern", "southeastern", "southwestern", "soviet", "taiwanese", "irish", "scottish",
        "welsh", "english", "portuguese", "lebanese", "jordanian", "yemeni", "libyan", "sudanese", "moroccan",
        "algerian", "tunisian", "arab", "muslim", "christian", "jewish", "catholic", "orthodox", "republican",
        "democratic", "democrat", "conservative", "liberal", "socialist", "communist", "islamic", "kurdish",
        "allied", "international", "global", "federal", "national", "regional", "local", "official",
    ]
}
