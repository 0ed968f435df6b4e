/// Openings of lines that ask the reader to do something (follow, share, subscribe, comment) or credit an image.
enum PromptMarkers {
    static let prefixes: [String] = [
        // Social and share prompts.
        "follow us on", "follow us:", "follow us at", "follow our", "like us on", "find us on", "connect with us",
        "join our whatsapp", "join our telegram", "join us on", "join whatsapp", "join telegram",
        "share this", "share on", "share via", "share:", "click here", "tap here", "download the app",
        "download our app", "get the app", "get the latest news", "stay updated", "stay informed",
        "for more news", "for the latest", "catch all the", "catch the latest", "watch:", "watch live",
        "subscribe to our", "subscribe now", "subscribe for", "sign up for our", "sign up to our", "sign up for the",
        "get our newsletter", "newsletter sign", "advertisement", "sponsored content", "story continues below",
        "continue reading", "scroll to continue",
        // Comment forms.
        "leave a reply", "leave a comment", "post a comment", "add a comment", "your email address will not be published",
        "required fields are marked", "save my name, email", "comments are closed", "cancel reply", "view comments",
        // Image credits and captions.
        "image source", "image credit", "image:", "images:", "photo:", "photos:", "photo credit", "photo source",
        "photograph:", "picture:", "pic:", "file photo", "file image", "representational image",
        "representative image", "credit:", "courtesy:",
    ]

    static let phrases: [String] = [
        "join whatsapp group", "whatsapp channel", "telegram channel", "follow us on", "google news",
        "subscribe to our newsletter", "sign up for our newsletter",
    ]

    static let inlineCreditPrefixes: [String] = [
        "(photo", "(image", "(file photo", "(file image", "(picture", "(pic", "(representational",
        "(representative image", "(credit", "(courtesy",
    ]
}
