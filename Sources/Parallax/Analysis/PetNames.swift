/// Common English pet forms of given names whose spelling does not begin like the formal name ("Bill" for
/// "William"), from the standard lists of English hypocorisms (for example Wikipedia's "List of English
/// given names" diminutives). Pet forms that share the formal name's first letters ("Joe", "Mike") need no entry.
enum PetNames {
    /// Pet form → formal given name, lowercased.
    static let formal: [String: String] = [
        "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert",
        "rob": "robert", "dick": "richard", "rick": "richard", "ted": "edward", "ned": "edward",
        "jack": "john", "johnny": "john", "chuck": "charles", "hank": "henry", "harry": "henry",
        "peggy": "margaret", "maggie": "margaret", "meg": "margaret", "betty": "elizabeth", "liz": "elizabeth",
        "beth": "elizabeth", "bess": "elizabeth", "jim": "james", "jimmy": "james", "larry": "lawrence",
        "sally": "sarah", "polly": "mary", "molly": "mary", "patsy": "patricia", "trish": "patricia",
        "sandy": "alexander", "sasha": "alexander", "kate": "katherine", "kathy": "katherine", "tony": "anthony",
        "peg": "margaret", "bibi": "benjamin", "tom": "thomas", "joe": "joseph", "mike": "michael", "steve": "stephen",
        "dan": "daniel", "dave": "david", "nick": "nicholas",
        "ben": "benjamin", "andy": "andrew", "ron": "ronald", "don": "donald", "jeff": "jeffrey",
        "greg": "gregory", "fred": "frederick", "ed": "edward", "tim": "timothy", "matt": "matthew",
    ]
}
