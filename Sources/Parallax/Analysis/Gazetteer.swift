import Foundation

/// Place names: countries, capitals, major cities and regions, lowercased, so a name is a place by data.
enum Gazetteer {
    static let places: Set<String> = {
        let countries = """
            afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|\
            bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|\
            botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|chile|china|\
            colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|\
            dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|\
            france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|\
            hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|\
            kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|\
            liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|\
            mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|burma|\
            namibia|nauru|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|\
            norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|\
            portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|\
            sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|\
            sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|\
            trinidad|tunisia|turkey|turkiye|türkiye|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|\
            united kingdom|uk|u.k.|britain|great britain|england|scotland|wales|northern ireland|united states|\
            united states of america|us|u.s.|usa|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|\
            yemen|zambia|zimbabwe|hong kong|macau|macao|greenland|puerto rico|gaza|gaza strip|west bank
            """
        let cities = """
            beijing|shanghai|guangzhou|shenzhen|wuhan|chengdu|tianjin|chongqing|hangzhou|nanjing|xi'an|harbin|\
            moscow|st. petersburg|saint petersburg|petersburg|novosibirsk|yekaterinburg|kazan|sochi|vladivostok|\
            kyiv|kiev|kharkiv|kharkov|odesa|odessa|lviv|dnipro|zaporizhzhia|mariupol|kherson|donetsk|luhansk|\
            bakhmut|avdiivka|sevastopol|minsk|warsaw|krakow|berlin|munich|frankfurt|hamburg|paris|marseille|lyon|\
            london|manchester|birmingham|edinburgh|dublin|madrid|barcelona|lisbon|rome|milan|naples|vienna|\
            geneva|zurich|bern|davos|brussels|amsterdam|the hague|copenhagen|stockholm|oslo|helsinki|tallinn|\
            riga|vilnius|prague|budapest|bratislava|bucharest|sofia|belgrade|zagreb|ljubljana|athens|istanbul|\
            ankara|tbilisi|yerevan|baku|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|riyadh|jeddah|\
            dubai|abu dhabi|doha|muscat|kuwait city|cairo|alexandria|tripoli|tunis|algiers|rabat|casablanca|\
            khartoum|addis ababa|nairobi|lagos|abuja|accra|dakar|kinshasa|johannesburg|pretoria|cape town|\
            kabul|islamabad|karachi|lahore|new delhi|delhi|mumbai|bangalore|bengaluru|kolkata|chennai|hyderabad|\
            dhaka|kathmandu|colombo|tokyo|osaka|kyoto|hiroshima|seoul|busan|pyongyang|taipei|manila|hanoi|\
            ho chi minh city|bangkok|jakarta|kuala lumpur|phnom penh|yangon|naypyidaw|ulaanbaatar|astana|\
            almaty|tashkent|bishkek|dushanbe|ashgabat|canberra|sydney|melbourne|wellington|auckland|ottawa|\
            toronto|montreal|vancouver|washington|new york|new york city|los angeles|chicago|houston|\
            san francisco|boston|miami|seattle|atlanta|dallas|philadelphia|detroit|las vegas|mexico city|\
            havana|caracas|bogota|lima|santiago|buenos aires|sao paulo|são paulo|rio de janeiro|brasilia|\
            montevideo|quito|la paz|panama city|strasbourg|luxembourg city|monaco|valletta|nicosia|reykjavik|\
            kaliningrad|crimea|donbas|donbass|belgorod|kursk|rostov|grozny|chisinau|kremlin
            """
        let regions = """
            europe|asia|africa|north america|south america|latin america|middle east|near east|far east|\
            asia-pacific|indo-pacific|pacific|atlantic|arctic|antarctica|balkans|caucasus|central asia|\
            southeast asia|south asia|east asia|scandinavia|baltic|baltics|mediterranean|red sea|black sea|\
            south china sea|east china sea|persian gulf|gulf|sahel|siberia|tibet|xinjiang|inner mongolia|\
            hainan|guangdong|fujian|sichuan|yunnan|taiwan strait|kashmir|punjab|bavaria|new york state|ontario|\
            quebec|catalonia|flanders|kurdistan|darfur|sinai|\
            golan heights|nagorno-karabakh|transnistria|abkhazia|south ossetia|west|east|north|south|eurasia|midwest|\
            new england|pacific northwest|appalachia|great plains
            """
        let provincesAndIslands = """
            alberta|british columbia|manitoba|saskatchewan|nova scotia|newfoundland|yukon|\
            sumatra|java|borneo|bali|sulawesi|sicily|sardinia|crete|corsica|bengal|aceh|phuket|okinawa|hokkaido|\
            mindanao|luzon|tasmania|queensland|victoria|new south wales|patagonia|amazon|andes|alps|himalayas|\
            sahara|kashmir|galilee|donetsk oblast|kharkiv oblast|kherson oblast|zaporizhzhia oblast|earth
            """
        var names = Set<String>()
        for block in [countries, cities, regions, usStates, provincesAndIslands] {
            for name in block.split(separator: "|") {
                names.insert(name.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        // Compass words alone are directions, not places.
        for direction in ["west", "east", "north", "south", "kremlin"] { names.remove(direction) }
        return names
    }()

    /// The fifty United States, lowercased (with "washington", also the capital).
    static let states: Set<String> = Set(usStates.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })

    private static let usStates = """
        alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|\
        illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|\
        mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|\
        north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|\
        utah|vermont|virginia|washington|west virginia|wisconsin|wyoming
        """

    /// Words that make a name a place: "Meadow Lake", "Mount Wrangell", "Bay of Bengal".
    static let placeHeads: Set<String> = [
        "lake", "mount", "mountain", "mountains", "river", "bay", "island", "islands", "ocean", "sea", "valley",
        "county", "province", "region", "district", "oblast", "peninsula", "strait", "gulf", "desert", "coast",
        "beach", "canyon", "falls", "harbor", "harbour", "port", "airport", "square", "street", "avenue", "garden",
        "gardens",
    ]

    static func isPlace(_ name: String) -> Bool {
        places.contains(ApostropheFolding.lowercased(name))
    }
}
