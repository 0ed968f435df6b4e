/// Abbreviations that end in a period without ending a sentence, kept as data (lower case, without the final period).
package enum SentenceAbbreviations {
    /// Never end a sentence: titles before names, months before days, Latin and list markers.
    package static let neverFinal: Set<String> = [
        // Titles and ranks.
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "gens", "sen", "sens", "rep", "reps",
        "gov", "govs", "lt", "col", "capt", "cpt", "cmdr", "sgt", "cpl", "pvt", "adm", "maj", "brig", "rev",
        "hon", "pres", "supt", "insp", "det", "atty", "amb", "fr", "mt", "ft",
        // Months (May needs no period).
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Latin and comparisons.
        "vs", "v", "cf", "e.g.", "i.e.", "viz", "approx", "ca", "a.k.a.",
    ]

    /// Only skip a break when a number follows ("No. 10", "Art. 5"): otherwise "no." may end a sentence.
    package static let beforeNumbers: Set<String> = [
        "no", "nos", "art", "vol", "vols", "fig", "figs", "p", "pp", "para", "sec", "ch",
    ]

    /// Often inside a sentence but also often at its end ("Apple Inc.", "the U.S."): a break is taken only
    /// when the next word is a capitalized function word ("The", "He", "But") that usually opens a sentence.
    package static let ambiguous: Set<String> = [
        "inc", "ltd", "co", "corp", "plc", "llc", "bros", "etc", "al", "dept", "univ", "assn", "est", "st", "jr", "sr",
        "u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "a.m.", "p.m.",
    ]
}
