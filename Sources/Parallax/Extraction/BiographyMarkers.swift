/// Words of the author biographies blogs and news sites append to articles.
enum BiographyMarkers {
    static let phrases: [String] = [
        "writer", "blogger", "is a reporter", "is a journalist", "is a correspondent", "is an editor",
        "is a senior", "is a staff", "is a freelance", "is a contributor", "is a columnist", "holds a",
        "degree", "graduate of", "graduated from", "writes about", "has been covering", "has covered",
        "her writing", "his writing", "their writing", "passion for", "years of experience", "can be reached",
        "reach out to", "follow her on", "follow him on",
    ]

    static let headings: [String] = ["about the author", "about author", "author bio", "about the writer"]
}
