/// The boilerplate rules of `HTMLExtractor`, kept as data: tag roles and class/id markers.
///
/// Markers are matched as substrings of an element's lowercased `class` and `id` joined by a space.
package struct ExtractionRules: Sendable, Hashable {
    /// Elements dropped with everything inside them.
    package var removedTags: Set<String>
    /// Elements that start a new block of text (a paragraph of the output).
    package var blockTags: Set<String>
    /// Elements whose text is a heading.
    package var headingTags: Set<String>
    /// Class/id markers of boilerplate that is dropped wherever it is.
    package var strongNegativeMarkers: [String]
    /// Whole class/id words (split at spaces, `-` and `_`) of boilerplate dropped wherever it is: short words
    /// like `ad` or `meta` that are too short to match as substrings.
    package var strongNegativeWords: Set<String>
    /// Class/id markers of likely boilerplate: they lower a container's score but drop nothing by themselves.
    package var negativeMarkers: [String]
    /// Class/id markers of likely main content.
    package var positiveMarkers: [String]
    /// Layout elements dropped unless they wrap most of the page (some sites put the article in an `aside` or the whole page in a `form`).
    package var layoutTags: Set<String>
    /// Elements never dropped for their class or id (they wrap whole pages).
    package var protectedTags: Set<String>
    /// Lowercased openings of short lines that are page furniture, not text ("related", "photo:", "aktualisiert"),
    /// in the languages most news is written in; a line matches when the phrase ends at a non-letter.
    package var boilerplateLinePrefixes: [String]
    /// Lowercased fragments that mark a short line as a credit or rights notice wherever they occur in it.
    package var boilerplateLineFragments: [String]
    /// Only lines shorter than this (UTF-8 bytes) are tested against `boilerplateLinePrefixes` and `boilerplateLineFragments`.
    package var boilerplateLineLength: Int
    /// Class/id markers of an article's lead or headline area ("lead", "intro", "teaser", "standfirst"): dense text there,
    /// just before the chosen content, is the article's opening paragraph, not a teaser of another page.
    package var leadMarkers: [String]
    /// Lowercased fragments of calls to action that close an article ("subscribe", "follow us", "newsletter", "download our app"),
    /// in the languages most news is written in; a short block at the end of the text that holds one is dropped.
    package var callToActionFragments: [String]
    /// Only blocks shorter than this (UTF-8 bytes) at the end of the text are tested against `callToActionFragments`.
    package var callToActionLength: Int
    /// Lowercased names of social networks: a short closing block naming two of them is a "follow us" line.
    package var socialNetworkNames: [String]

    package init(
        removedTags: Set<String>, blockTags: Set<String>, headingTags: Set<String>,
        strongNegativeMarkers: [String], strongNegativeWords: Set<String>, negativeMarkers: [String], positiveMarkers: [String],
        layoutTags: Set<String>, protectedTags: Set<String>,
        boilerplateLinePrefixes: [String] = [], boilerplateLineFragments: [String] = [], boilerplateLineLength: Int = 80,
        leadMarkers: [String] = [], callToActionFragments: [String] = [], callToActionLength: Int = 320,
        socialNetworkNames: [String] = []
    ) {
        self.socialNetworkNames = socialNetworkNames
        self.leadMarkers = leadMarkers
        self.callToActionFragments = callToActionFragments
        self.callToActionLength = callToActionLength
        self.boilerplateLineFragments = boilerplateLineFragments
        self.boilerplateLinePrefixes = boilerplateLinePrefixes
        self.boilerplateLineLength = boilerplateLineLength
        self.layoutTags = layoutTags
        self.removedTags = removedTags
        self.blockTags = blockTags
        self.headingTags = headingTags
        self.strongNegativeMarkers = strongNegativeMarkers
        self.strongNegativeWords = strongNegativeWords
        self.negativeMarkers = negativeMarkers
        self.positiveMarkers = positiveMarkers
        self.protectedTags = protectedTags
    }

    /// Rules a careful engineer would write for any news site or blog; nothing here names a site.
    package static let `default` = ExtractionRules(
        removedTags: [
            "script", "style", "noscript", "iframe", "svg", "button",
            "select", "option", "input", "textarea", "label", "template", "object", "embed", "canvas",
            "figcaption", "head", "link", "meta", "audio", "video", "picture", "img", "map",
        ],
        blockTags: [
            "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "pre",
            "blockquote", "figure", "address", "center", "body", "html", "hr", "details", "summary",
        ],
        headingTags: ["h1", "h2", "h3", "h4", "h5", "h6"],
        strongNegativeMarkers: [
            "comment", "share", "sharing", "shariff", "social", "related", "sidebar", "breadcrumb",
            "cookie", "consent", "newsletter", "subscribe", "advert", "banner", "popup",
            "modal", "caption", "byline", "pagination", "pager", "navbar", "navigation", "menu",
            "widget_", "widget-area", "sidebar-widget",
            "skip-link", "skiplink", "disqus", "outbrain", "taboola", "recommend", "promo",
            "sponsor", "login", "signup", "toolbar", "tagcloud", "tag-cloud", "post-tags",
            "entry-tags", "article-tags", "author-info", "author-bio", "authorbox", "author-box",
            "masthead", "rating", "reaction", "gallery-nav", "jump-link", "further", "more-articles",
            "readmore", "read-more", "weiterlesen", "footnote-nav", "visually-hidden", "sr-only",
            "entry-meta", "post-meta", "postmeta", "entry-footer", "entry-utility", "postmetadata", "article-footer",
            "author-description", "author-name", "affiliate", "author-section", "author_section", "about-author",
            "about-the-author", "author_bio", "author_info", "authorinfo",
            "entryfooter", "noprint", "nextstory", "next-post", "prev-post", "previous-post", "post-navigation",
            "tag-links", "wishlist", "captcha",
            // Captions and picture credits in German and English naming, bylines and author boxes in BEM naming,
            // disclaimers, app and newsletter boxes.
            "bildunterschrift", "bilduntertitel", "bildnachweis", "image-credit", "photo-credit", "img-credit", "credits",
            "author__bio", "author__info", "post-author", "autorenbox", "autorbox", "disclaimer", "disclosure",
            "news-letter", "appstore", "app-store", "recirculation",
        ],
        strongNegativeWords: [
            "advertisement", "anzeige", "werbung", "sponsored", "dateline",
        ],
        negativeMarkers: [
            "footer", "header", "nav", "meta", "tags", "author", "aside", "extra", "date", "info",
            "links", "bottom", "topbar", "secondary", "complementary", "community", "rss", "ad-",
            "-ad", "ads", "widget", "slider", "carousel", "contact", "legal", "copyright",
        ],
        positiveMarkers: [
            "article", "content", "entry", "post", "story", "body", "main", "text", "blog", "hentry",
            "page", "column", "single",
        ],
        layoutTags: ["nav", "aside", "footer", "form", "menu", "dialog"],
        protectedTags: ["html", "body", "main", "article"],
        boilerplateLinePrefixes: [
            // English
            "related", "read more", "read also", "read next", "see also", "more from", "more stories", "more on this",
            "you may also like", "you might also like", "recommended", "advertisement", "sponsored", "photo:", "photos:",
            "photo by", "photograph by", "photography by", "image:", "image credit", "image source", "credit:", "credits:",
            "updated:", "last updated", "last modified", "published:", "published on", "posted on", "posted in",
            "release date", "news date",
            "share this", "share on", "share:", "print this", "email this", "comments", "leave a comment", "leave a reply",
            "add a comment", "no comments", "you must be logged in", "about the author", "this entry was posted",
            "to view the full story", "explore further", "sign up", "subscribe", "follow us", "newsletter", "tags:", "filed under",
            "click here", "skip to", "back to top", "table of contents", "more info", "all articles", "stay up-to-date", "stay up to date", "never miss", "staff writer",
            "©", "(c) ", "copyright",
            // German
            "mehr zum thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
            "könnte sie auch interessieren", "könnte dich auch interessieren", "auch interessant", "lesen sie auch",
            "lesen sie mehr", "lies auch", "weiterlesen", "weitere artikel", "weitere informationen", "weitere infos", "alle artikel", "ähnliche artikel",
            "verwandte artikel", "anzeige", "werbung", "foto:", "fotos:", "bild:", "titelbild", "beitragsbild",
            "bildquelle", "bildnachweis", "fotonachweis", "abbildung", "abb.", "grafik:", "aktualisiert", "zuletzt aktualisiert", "veröffentlicht am", "kommentare", "kommentar schreiben",
            "schreibe einen kommentar", "teilen", "artikel teilen", "jetzt teilen", "drucken", "rezept drucken",
            "bild anzeigen", "abonnieren", "keine kommentare", "kommentar verfassen", "kommentieren", "hinterlasse",
            "sie müssen sich einloggen", "sie sind aktuell nicht eingeloggt", "über den autor", "schon gelesen", "neueste artikel",
            "zum weiterlesen", "mehr zu ", "quelle:", "quellen:", "quellenangaben", "kontakt", "telefon:", "zusatzinformationen",
            "alle angaben ohne gewähr", "dieser eintrag wurde", "verfasst von", "verfasst am",
            "inhaltsverzeichnis", "quellen ausblenden", "quellen anzeigen", "heute empfehlen wir", "wir empfehlen",
            "entdecken sie", "ansprechpartner", "ansprechpartnerin", "der beitrag wurde am", "vorschau auf", "entdecke weitere", "themen:", "schlagworte", "schlagwörter", "autor:", "autorin:",
            // French
            "à lire aussi", "lire aussi", "lire la suite", "voir aussi", "crédits photos", "crédits photo", "crédit photo", "crédits :",
            "crédit :", "publicité", "partager", "mis à jour", "publié le", "commentaires", "sur le même sujet",
            "articles similaires", "source :", "sommaire",
            // Spanish
            "lee también", "leer más", "ver también", "publicidad", "compartir", "comentarios", "noticias relacionadas",
            "artículos relacionados", "actualizado", "síguenos", "siguenos", "fuente:",
            // Portuguese
            "veja também", "leia também", "leia mais",
            // Italian
            "leggi anche", "pubblicato il", "pubblicità", "condividi", "commenti", "ultima modifica", "articoli correlati",
            // Polish
            "czytaj także", "czytaj też", "zobacz też", "zobacz także", "reklama", "udostępnij", "komentarze", "źródło", "czytaj więcej",
            // Dutch
            "lees ook", "lees meer", "advertentie", "deel dit", "reacties", "gerelateerd",
        ],
        boilerplateLineFragments: [
            "getty images", "(foto:", "foto:", "photo:", "photo credit", "(credit:", "(bild:", "(image:", "©", "all rights reserved", "alle rechte vorbehalten",
            "tous droits réservés", "todos los derechos reservados",
        ],
        leadMarkers: [
            "lead", "intro", "teaser", "standfirst", "summary", "excerpt", "subhead", "sub-head", "subline", "subtitle",
            "hero", "deck", "abstract", "description", "bajada", "chapo", "chapeau", "vorspann",
        ],
        callToActionFragments: [
            // English
            "subscribe", "subscriber", "newsletter", "sign up", "follow us", "join us", "share this article", "download the ",
            "download our", "our app", "apps for ios", "app store", "google play", "if you enjoyed", "if you liked",
            "support our", "support us", "become a member", "straight to your", "get the latest news", "letter to the editor", "send us",
            "copyrighted", "reprint", "will not be published", "required fields are marked", "not responsible for the opinions", "do not necessarily reflect",
            "opinions expressed", "advertising disclosure", "we may receive compensation", "affiliate link",
            // German
            "abonnier", "abonnement", "jahresabo", "folgen sie uns", "folge uns", "jetzt anmelden", "melden sie sich",
            "registrieren", "kostenlos testen", "unterstützen sie", "unterstütze uns", "nichts mehr verpassen",
            "nichts mehr versäumen", "verpassen sie", "gefällt dir", "gefällt ihnen", "lust auf mehr",
            "meinung des autors", "ohne gewähr", "wird nicht veröffentlicht", "erforderliche felder", "in den kommentaren", "artikel teilen", "beitrag teilen", "werden sie mitglied", "mitglied werden", "im abo", "partnerlink", "affiliate", "privatsphäre",
            // French
            "abonnez-vous", "inscrivez-vous", "suivez-nous", "soutenez",
            // Spanish and Portuguese
            "suscríbete", "suscribete", "suscripción", "síguenos", "siguenos", "únete", "hazte miembro", "canal de youtube",
            "canal de telegram", "cancela cuando", "descarga la", "boletín", "assine", "inscreva-se",
            // Italian, Polish, Dutch
            "iscriviti", "abbonati", "seguici", "subskrypc", "zapraszamy", "wszelkie prawa zastrzeżone", "abonneer", "volg ons",
        ],
        socialNetworkNames: ["facebook", "twitter", "instagram", "telegram", "youtube", "whatsapp", "tiktok", "linkedin", "pinterest"]
    )
}
