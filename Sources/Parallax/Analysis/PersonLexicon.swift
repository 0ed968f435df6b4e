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
        // Reporting verbs that introduce quoted characterizations ("Perry calls it “…”"), in the common forms
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

    /// Given names across languages, with gender where it is clear (for "he"/"she"); "" when either.
    static let givenNames: [String: Character] = {
        var table: [String: Character] = [:]
        let male = """
            aaron abdul abdullah abu adam adrian ahmad ahmed alan albert aleksandr aleksei alex alexander alexandre \
            alexei alexey ali andrei andrej andrew andrey andriy angelo anthony antonio antony anwar arnold arthur \
            benjamin bernard bill bob boris brian bruce carl carlos charles chris christian christopher daniel \
            david dennis dmitri dmitriy dmitry donald douglas edward emmanuel eric evgeny fernando francis \
            francisco frank franz friedrich gary george georgy gerhard giorgio giuseppe gregory hamid hans hassan \
            henry hussein ian igor ilya isaac ivan jack jacob jacques james jan javier jean jeff jeffrey jerome jim \
            joe johann john jonathan jorge jose joseph juan kevin kim klaus lars leonid lloyd luis mahmoud marco \
            mark martin matthew maxim michael michel mikhail mohamed mohammad mohammed muhammad narendra nicholas \
            nicolas nikolai nikolay olaf oleg oleksandr oleksiy omar oscar patrick paul pedro peter petro philip \
            pierre rahul ramzan richard robert roberto rodrigo roman ronald rishi rustem said salman sam samuel \
            sergei sergey serhiy sergio stanislav stefan stephen steve steven taras thomas timothy tony ursula \
            valery vasily viktor vladimir vladislav volodymyr walter wang william xavier yevgeny yuri yury yusuf \
            zhang dmytro denys mykola mykhailo yaroslav bohdan vitali vitaly vitaliy anatoly alexandr kirill \
            nikita pavel arkady ramaphosa emmanuel benjamin recep tayyip jair luiz ignacio lula justin keir \
            friedrich jens antonio mark joe ron marco lindsey mitch chuck hakeem rex mike osama ayman abdel \
            adam alan albert andy arthur barry ben billy brad brandon brett bruce bryan calvin carl chad \
            charlie clint colin craig dale dan danny darren dave dean derek don doug duncan dylan eddie edwin \
            elon eugene evan frederick gavin geoffrey gerald gordon graham greg harold harry harvey howard hugh \
            jake jamie jason jay jeremy jerry jesse joel johnny jon josh joshua keith ken kenneth kyle larry \
            lawrence leo leon louis luke marcus mario martin matt max mitchell nathan neil nick noah norman \
            oliver owen patrick phil ralph randy ray raymond rick ricky rob roger ross roy russell ryan scott \
            sean simon stanley stuart ted terry theodore thorne tim todd tom travis trevor troy vincent wayne \
            wesley will willie zach barack hunter tucker chuck woodrow franklin dwight lyndon gerald jimmy \
            bashar hafez yahya ismail khaled nasser recep ebrahim masoud hossein javad
            """
        let female = """
            agnes alice amanda amy angela ann anna anne annalena barbara catherine charlotte christine claudia \
            elena elizabeth ella elvira emily emma eva francesca giorgia hillary irina jacinda janet jane jennifer \
            jessica joanna julia karen kate katherine kristalina laura linda liz lisa maria marie marine mary \
            melania michelle nancy natalia natalya nadia nicola olena olga rachel ruth sandra sarah sophie susan \
            svetlana tatiana tatyana theresa tulsi ursula valentina vera victoria yulia yuliia zhanna kamala \
            abigail alexandra alison amber andrea angela ashley betty beverly brenda carol caroline carolyn \
            cheryl christina cindy claire deborah debra denise diana diane donna doris dorothy eileen ellen \
            emma evelyn frances gloria grace hannah heather helen jackie janice jean jenny joan joyce judith \
            judy julie karen katie kathleen kelly kimberly kristen lauren lily lori lucy marilyn martha \
            megan melissa michelle monica nancy natalie nicole pamela patricia paula peggy rebecca rose \
            samantha sara sharon shirley stephanie sue susan tammy teresa tiffany tina tracy virginia wendy \
            margaret hillary condoleezza madeleine theresa kristi nikki liz maia margrethe mette sanna kaja liz priti nikki hannah nora nina oksana iryna daria maria
            """
        let either = """
            xi li yi ning jinping keqiang qiang weidong zedong jiechi yang zhao chen liu huang wu zhou hu sun ma \
            guo lin luo gao he zheng shinzo fumio yoshihide narendra jae moon kishida yoon suk yeol lai tsai ing \
            alexis sasha jordan taylor morgan
            """
        for name in either.split(whereSeparator: \.isWhitespace) { table[String(name)] = " " }
        for name in male.split(whereSeparator: \.isWhitespace) { table[String(name)] = "m" }
        for name in female.split(whereSeparator: \.isWhitespace) { table[String(name)] = "f" }
        return table
    }()

    /// Common surnames that open East Asian names ("Wang Yi", "Xi Jinping", "Kim Jong Un").
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
