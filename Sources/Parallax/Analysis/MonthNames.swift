/// Month and weekday names, shared by the date and number rules.
enum MonthNames {
    /// Lowercased month names and abbreviations to their number.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "jan.": 1, "feb": 2, "feb.": 2, "mar.": 3, "apr": 4, "apr.": 4, "jun.": 6, "jul.": 7,
        "aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10, "oct.": 10, "nov": 11,
        "nov.": 11, "dec": 12, "dec.": 12,
    ]

    /// Lowercased weekday names to their ISO number (1 = Monday … 7 = Sunday).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// The month a capitalized word names, or nil; lowercase words are never months ("may", "march").
    static func month(_ word: AnalysisWord) -> Int? {
        guard word.isCapitalized else { return nil }
        return months[word.withoutPossessive.text.lowercased()]
    }

    /// The weekday a capitalized word names ("Monday", "Monday’s"), or nil.
    static func weekday(_ word: AnalysisWord) -> Int? {
        guard word.isCapitalized else { return nil }
        return weekdays[word.withoutPossessive.text.lowercased()]
    }
}
