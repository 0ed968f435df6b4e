/// Words that make a number a date, or a weekday a future one, kept as data.
enum DateLexicon {
    /// Words before a bare year that make it a date: "in 2023", "since 2018", "the year 2024".
    static let yearCues: Set<String> = [
        "in", "for", "since", "until", "till", "by", "from", "during", "year", "early", "late", "mid", "throughout",
        "before", "after", "around", "circa", "through", "spring", "summer", "autumn", "winter", "fall",
    ]

    /// Words that make "of" a year cue: "the end of 2024", "the first half of 2023".
    static let periodsOfYear: Set<String> = [
        "end", "start", "beginning", "middle", "half", "quarter", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// Words that, looking back from a weekday in its sentence, show it is ahead: "will arrive on Monday".
    static let futureCues: Set<String> = [
        "will", "shall", "scheduled", "expected", "due", "plans", "planning", "planned", "upcoming", "going",
        "intends", "aims", "slated", "set", "tomorrow", "next", "would", "coming", "upcoming", "ahead", "likely", "unlikely",
    ]

    /// Words that end the look-back because the clause is in the past: "said on Monday".
    static let pastCues: Set<String> = [
        "said", "says", "was", "were", "had", "did", "has", "have", "told", "met", "began", "took", "made",
        "went", "came", "gave", "held", "ago", "yesterday", "earlier",
        // Common irregular past tenses, which do not end in "-ed".
        "paid", "left", "sent", "won", "lost", "spent", "got", "found", "put", "kept", "led", "ran", "wrote",
        "spoke", "knew", "became", "brought", "bought", "thought", "felt", "heard", "sold", "fell",
        "saw", "struck", "shot", "hit", "cut", "quit", "rose", "stood", "chose", "drove",
    ]

    /// Words before a month name that make it a time ("in January", "by March", "since May").
    static let monthCues: Set<String> = [
        "in", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "through", "throughout",
        "before", "after", "last", "next", "this", "of", "around", "into",
    ]

    /// Determiners before a year used as a modifier ("the 2003 invasion").
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"]

    /// Capitalized words that make a weekday part of a day's name ("Black Friday", "Super Tuesday", "Good Friday").
    static let namedDayModifiers: Set<String> = [
        "black", "good", "super", "cyber", "ash", "holy", "maundy", "palm", "easter", "bloody", "giving", "fat",
        "shrove", "whit", "small",
    ]

    /// Single words with a fixed offset in days.
    static let dayWords: [String: Int] = ["yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1]

    /// Units of "last week", "two days ago": days, months or years per unit.
    static let periods: [String: (days: Int, months: Int, years: Int)] = [
        "day": (1, 0, 0), "days": (1, 0, 0), "week": (7, 0, 0), "weeks": (7, 0, 0),
        "month": (0, 1, 0), "months": (0, 1, 0), "year": (0, 0, 1), "years": (0, 0, 1),
    ]
}
