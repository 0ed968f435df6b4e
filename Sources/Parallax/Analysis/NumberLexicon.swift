/// The words numbers are made of and the units they count, kept as data so they can grow without new rules.
enum NumberLexicon {
    /// Spelled-out numbers.
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Multipliers that follow a number ("240.1 billion", "$5bn", "3m"), as powers of ten.
    static let scales: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12,
        "mn": 6, "m": 6, "bn": 9, "b": 9, "tn": 12, "k": 3,
    ]

    /// Currency symbols before a number, as UTF-8 bytes, with their ISO codes.
    static let currencySymbols: [([UInt8], String)] = [
        (Array("US$".utf8), "USD"), (Array("A$".utf8), "AUD"), (Array("C$".utf8), "CAD"),
        (Array("HK$".utf8), "HKD"), (Array("$".utf8), "USD"), (Array("€".utf8), "EUR"),
        (Array("£".utf8), "GBP"), (Array("¥".utf8), "JPY"), (Array("₹".utf8), "INR"), (Array("₽".utf8), "RUB"),
    ]

    /// Currency words after a number ("5 million euros").
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
        "rubles": "RUB", "rupee": "INR", "rupees": "INR", "hryvnia": "UAH", "hryvnias": "UAH",
    ]

    /// Words that may stand between a number and the noun it counts: "four more days", "two full years".
    static let countModifiers: Set<String> = [
        "more", "additional", "other", "new", "extra", "consecutive", "straight", "full", "further", "successive",
        "separate", "different", "young", "elderly", "foreign", "local", "armed", "injured", "wounded", "dead",
    ]

    /// Counted nouns reported as units, plural and singular forms mapped to the singular.
    static let units: [String: String] = {
        let singulars = [
            "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
            "km", "mile", "metre", "meter", "kg", "ton", "tonne", "barrel", "litre", "liter", "acre", "hectare",
            "percent", "person", "soldier", "troop", "civilian", "child", "refugee", "death", "casualty",
            "vote", "seat", "country", "nation", "member", "state", "company", "job", "worker", "employee",
            "student", "patient", "case", "vehicle", "tank", "drone", "missile", "aircraft", "ship", "home",
            "house", "village", "city", "share", "visitor", "passenger", "prisoner", "hostage", "victim",
        ]
        var table: [String: String] = [:]
        for word in singulars {
            table[word] = word
            table[plural(of: word)] = word
        }
        let irregular: [String: String] = [
            "people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman",
            "casualties": "casualty", "centuries": "century", "companies": "company", "countries": "country",
            "cities": "city", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
            "kilograms": "kg", "kilogram": "kg", "kilos": "kg", "tonnes": "ton", "tons": "ton", "tonne": "ton",
            "metres": "metre", "meters": "metre", "meter": "metre", "liters": "litre", "liter": "litre",
            "pct": "percent", "yrs": "year", "mph": "mph", "km/h": "km/h",
        ]
        for (word, unit) in irregular { table[word] = unit }
        return table
    }()

    private static func plural(of word: String) -> String {
        if word.hasSuffix("s") || word.hasSuffix("ch") || word.hasSuffix("sh") || word.hasSuffix("x") { return word + "es" }
        return word + "s"
    }
}
