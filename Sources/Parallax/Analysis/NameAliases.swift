/// Names that other words stand for: a country's short forms, a party's member nouns, a US state's abbreviation.
///
/// Country forms are the English short forms and abbreviations in common use for the same state (the
/// conventional short forms of the CIA World Factbook and the ISO 3166 alpha codes written in news style);
/// party forms are the nouns and adjectives the press uses for the members of the United States' and the United
/// Kingdom's main parties (Associated Press Stylebook, "political parties"); state abbreviations are the AP
/// Stylebook's. A name in none of them stays as written.
package enum NameAliases {
    /// Lowercased form → the name it stands for, and the kind of that name.
    static let table: [String: (name: String, kind: EntityKind)] = {
        var table: [String: (String, EntityKind)] = [:]
        let countries: [String: [String]] = [
            "United States": ["united states", "united states of america", "u.s.", "us", "usa", "u.s.a.", "america"],
            "United Kingdom": ["united kingdom", "uk", "u.k.", "britain", "great britain"],
            "Myanmar": ["myanmar", "burma"],
            "Turkey": ["turkey", "türkiye", "turkiye"],
            "Czech Republic": ["czech republic", "czechia"],
            "United Arab Emirates": ["united arab emirates", "uae", "u.a.e."],
            "Democratic Republic of the Congo": ["democratic republic of the congo", "drc", "d.r.c."],
        ]
        let parties: [String: [String]] = [
            "Democratic Party": ["democratic party", "democrats", "democrat", "dems", "dem"],
            "Republican Party": ["republican party", "republicans", "republican", "gop", "g.o.p."],
            "Conservative Party": ["conservative party", "tories", "tory"],
            "Labour Party": ["labour party", "labour"],
            "Liberal Democrats": ["liberal democrats", "lib dems"],
        ]
        for (name, forms) in countries { for form in forms { table[form] = (name, .place) } }
        for (form, name) in usStateAbbreviations { table[form] = (name, .place) }
        for (name, forms) in parties { for form in forms { table[form] = (name, .organization) } }
        return table
    }()

    /// The Associated Press Stylebook's abbreviations of United States state names (used in datelines and in
    /// party-state tags such as "D-Ill."), lowercased; the eight states AP never abbreviates are absent.
    static let usStateAbbreviations: [String: String] = [
        "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California", "colo.": "Colorado",
        "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida", "ga.": "Georgia", "ill.": "Illinois",
        "ind.": "Indiana", "kan.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
        "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi", "mo.": "Missouri",
        "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada", "n.h.": "New Hampshire", "n.j.": "New Jersey",
        "n.m.": "New Mexico", "n.y.": "New York", "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma",
        "ore.": "Oregon", "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina", "s.d.": "South Dakota",
        "tenn.": "Tennessee", "vt.": "Vermont", "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia",
        "wis.": "Wisconsin", "wyo.": "Wyoming",
    ]

    /// The name a form stands for, if any.
    package static func named(by form: String) -> (name: String, kind: EntityKind)? {
        table[ApostropheFolding.lowercased(form)]
    }
}
