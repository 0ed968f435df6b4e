/// What marks a capitalized name as a person: titles, speech verbs, given names and surname endings.
enum PersonLexicon {
    /// Title heads that name an office and precede a name ("Foreign Minister Wang Yi", "spokesman Mao Ning").
    static let titleHeads: Set<String> = [
        "president", "minister", "secretary", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
        "leader", "governor", "senator", "congressman", "congresswoman", "representative", "ambassador", "envoy",
        "mayor", "judge", "justice", "commander", "general", "admiral", "colonel", "captain", "lieutenant",
        "sergeant", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "king", "queen", "prince",
        "princess", "pope", "sheikh", "emir", "sultan", "ayatollah", "cardinal", "bishop", "rabbi", "imam",
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "counterpart",
        "lawmaker", "official", "diplomat", "adviser", "advisor", "aide", "deputy", "vice-president", "founder",
        "coach", "striker", "midfielder", "defender", "goalkeeper", "manager", "economist", "analyst", "author",
        "candidate", "nominee", "chancellor", "prosecutor", "attorney", "sen", "rep", "gov", "gen", "col", "lt",
        "president-elect", "head", "speaker", "secretary-general", "premier", "dictator", "opposition",
        "sheriff", "whip", "sens", "reps", "representative-elect", "senator-elect", "governor-elect", "mayor-elect",
    ]

    /// Words that qualify a title ("Foreign", "Prime", "Vice") and are skipped between a title and a name.
    static let titleModifiers: Set<String> = [
        "foreign", "prime", "vice", "deputy", "defense", "defence", "treasury", "state", "interior", "finance",
        "trade", "economy", "health", "education", "justice", "energy", "home", "chief", "executive", "former",
        "acting", "first", "senior", "assistant", "general", "supreme", "grand", "crown", "national", "security",
        "foreign-affairs", "of", "the", "for", "affairs", "agriculture", "culture", "labour", "labor", "transport",
        "commerce", "environment", "army", "navy", "air", "force", "ministry", "white", "house", "press",
    ]

    /// Verbs after a name that show it is a person: "Lavrov said", "Wang told".
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "asked",
        "explained", "wrote", "writes", "declared", "insisted", "warned", "argued", "replied", "remarked",
        "emphasized", "emphasised", "stressed", "highlighted", "claimed", "announced", "acknowledged", "admitted",
        "saying", "stating", "adding", "telling", "describing", "described", "calling", "called", "urged",
        "urging", "continued", "commented", "tweeted", "posted", "recalled", "concluded", "suggested", "praised",
        "affirmed", "reiterated", "promised", "announcing", "explaining", "warning", "insisting", "noting", "asserted", "vowed", "pledged", "promised", "denied", "confirmed", "informed",
        "responded", "answered", "cautioned", "predicted", "observed", "mentioned", "thinks", "believes",
        // Reporting verbs that introduce quoted characterizations ("the mayor calls it “…”"), in the common forms
        // of the usual lists of English reporting verbs.
        "calls", "describes", "argues", "claims", "warns", "insists", "accused", "accuses", "accusing",
        "labeled", "labelled", "dubbed", "branded", "decried", "denounced", "blasted", "slammed", "criticized",
        "criticised", "mocked", "touted", "boasted", "complained", "lamented", "joked", "quipped", "demanded",
        "vowing", "pledging", "tweeting", "writing", "declaring", "asking", "arguing", "claiming", "labeling",
        "dubbing", "asserting", "replying", "recalling", "acknowledging", "admitting", "charged", "charging",
        "testified", "conceded", "countered", "retorted", "shouted", "yelled",
        "pledge", "pledges", "vow", "vows", "retort", "retorts", "retorting", "call", "promise", "promises",
        "promising", "continues", "continuing", "proclaim", "proclaims", "proclaimed", "proclaiming", "object",
        "objects", "objected", "objecting", "referred", "referring", "dismissed", "dismissing", "characterized",
        "characterizing", "accuse",
    ]

    /// Given names with gender where it is clear (for "he"/"she"); " " when either. From the 1990 United States
    /// Census (`CensusGivenNames`): other names become people by other evidence (a title, a speech verb, a
    /// family-name-first surname, a surname ending, a middle initial).
    static let givenNames: [String: Character] = {
        var table: [String: Character] = [:]
        for (names, gender) in [(CensusGivenNames.male, "m"), (CensusGivenNames.female, "f"), (CensusGivenNames.either, " ")] as [(String, Character)] {
            for name in names.split(whereSeparator: \.isWhitespace) { table[String(name)] = gender }
        }
        return table
    }()

    /// The most common family names of China, Korea and Vietnam, which open a person's name ("Wang Yi", "Kim Jong Un"):
    /// the commonest Chinese surnames by the Ministry of Public Security's counts, and the commonest Korean and
    /// Vietnamese ones, as Wikipedia's lists of common surnames give them.
    static let familyNamesFirst: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "luo", "gao", "xi", "mao", "deng", "jiang", "qin", "han", "feng", "cao", "peng", "zeng",
        "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding",
        "ren", "shen", "yao", "zhong", "tan", "kim", "park", "lee", "choi", "jung", "kang", "cho", "yoon", "nguyen",
        "tran", "le", "pham",
    ]

    /// Surname endings that mark a person in the absence of other evidence ("Lavrov", "Zelenskyy", "Shevchenko").
    static let surnameEndings: [String] = [
        "ov", "ova", "ev", "eva", "sky", "skyy", "skiy", "ski", "skaya", "enko", "vich", "ovic", "evic", "escu",
        "opoulos", "idis", "yan", "shvili", "dze", "stein", "berg", "mann", "ez", "sson", "chuk", "uk", "yuk",
    ]
}
