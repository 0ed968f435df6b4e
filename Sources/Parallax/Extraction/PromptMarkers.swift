/// Openings of lines that ask the reader to do something (follow, share, subscribe, comment) or credit an image.
enum PromptMarkers {
    static let prefixes: [String] = [
        // Social and share prompts.
        "follow us on", "follow us:", "follow us at", "follow our", "like us on", "find us on", "connect with us",
        "join our whatsapp", "join our telegram", "join us on", "join whatsapp", "join telegram",
        "share this", "share on", "share via", "share:", "click here", "tap here", "download the app",
        "download our app", "get the app", "get the latest news", "stay updated", "stay informed",
        "for more news", "catch all the", "catch the latest", "watch:", "watch live",
        "subscribe to our", "subscribe now", "subscribe for", "sign up for our", "sign up to our", "sign up for the",
        "get our newsletter", "newsletter sign", "sponsored content", "story continues below",
        "continue reading", "scroll to continue",
        // Comment forms.
        "leave a reply", "leave a comment", "post a comment", "add a comment", "your email address will not be published",
        "required fields are marked", "save my name, email", "comments are closed", "cancel reply", "view comments",
        // Image credits and captions.
        "image source", "image credit", "image:", "images:", "photo:", "photos:", "photo credit", "photo source",
        "photograph:", "picture:", "pic:", "file photo", "file image", "representational image",
        "representative image", "credit:", "courtesy:",
        // Copyright lines.
        "©", "copyright ©", "copyright 20",
        // German, French and Spanish prompts and comment forms.
        "schreibe einen kommentar", "kommentar verfassen", "kommentar schreiben", "kommentare lesen",
        "diese website verwendet akismet", "ihre e-mail-adresse wird nicht veröffentlicht", "teilen sie dies mit",
        "teilen mit:", "diesen artikel teilen", "artikel teilen", "jetzt teilen", "mit unserem newsletter",
        "abonniere unseren newsletter", "newsletter abonnieren", "folgen sie uns", "folge uns",
        "foto:", "fotos:", "bild:", "bildquelle", "laisser un commentaire", "votre adresse e-mail ne sera pas publiée",
        "partager sur", "suivez-nous", "deja un comentario", "deja una respuesta", "compartir en", "síguenos",
        "filed under", "tags:", "schlagworte:", "kategorien:", "categories:",
    ]

    /// Lines dropped only when they are the whole paragraph: single words that also start real sentences.
    static let wholeLines: [String] = [
        "share", "tweet", "print", "email", "comments", "comment", "tags", "topics", "categories", "advertisement",
        "teilen", "drucken", "kommentieren", "kommentare", "schlagworte", "themen", "kategorien", "impressum",
        "kontakt", "datenschutz", "gefällt mir", "weiterlesen", "nach oben", "zurück", "anzeige", "werbung",
        "partager", "imprimer", "commentaires", "compartir", "imprimir", "comentarios", "getty images",
        "back to top", "top", "home", "menu", "search", "zurück zur übersicht", "zurück zur startseite",
        "zurück zur vorherigen seite", "zurück zur listenansicht",
    ]

    static let phrases: [String] = [
        "join whatsapp group", "whatsapp channel", "telegram channel", "follow us on", "google news",
        "subscribe to our newsletter", "sign up for our newsletter", "all rights reserved",
    ]

    static let inlineCreditPrefixes: [String] = [
        "(photo", "(image", "(file photo", "(file image", "(picture", "(pic", "(representational",
        "(representative image", "(credit", "(courtesy",
    ]
}
