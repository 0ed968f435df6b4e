/// Headings news sites put before link lists and teasers; the block after them is not the article.
enum RelatedHeadingMarkers {
    static let headings: [String] = [
        "also read", "read also", "read more", "more to read", "must read", "don't miss", "do not miss",
        "related", "related articles", "related article", "related stories", "related story", "related news",
        "related posts", "related coverage", "related content", "related links", "related topics",
        "recommended", "recommended stories", "recommended articles", "recommended for you", "recommended reading",
        "you may also like", "you might also like", "you may like", "you may be interested in",
        "more from", "more stories", "more news", "more on this story", "latest news", "latest stories",
        "trending", "trending now", "trending stories", "top stories", "popular", "most read", "most popular",
        "further reading", "see also", "also see", "in other news", "more in",
        // German, French, Spanish, Italian, Dutch and Polish sites say the same.
        "lesen sie auch", "lies auch", "auch interessant", "mehr zum thema", "zum thema", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "das könnte ihnen auch gefallen", "ähnliche beiträge", "ähnliche artikel",
        "ähnliche themen", "ähnliche nachrichten", "verwandte artikel", "weitere artikel", "weitere themen",
        "weitere beiträge", "weitere nachrichten", "neueste beiträge", "neueste artikel", "meistgelesen",
        "am meisten gelesen", "empfohlene artikel", "empfehlungen", "mehr aus", "mehr von",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "à découvrir", "articles similaires",
        "lee también", "leer también", "te puede interesar", "noticias relacionadas", "temas relacionados", "más noticias",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "lees ook", "gerelateerde artikelen",
        "zobacz także", "zobacz też", "czytaj także", "czytaj też",
    ]
}
