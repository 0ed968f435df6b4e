import Foundation

/// Lowercases a word and writes its curly apostrophes (’) as straight ones, as names are looked up.
enum ApostropheFolding {
    /// `text.lowercased().replacingOccurrences(of: "’", with: "'")`, without Foundation's search when the
    /// word has no curly apostrophe (then there is nothing to replace: no other character is equivalent).
    static func lowercased(_ text: String) -> String {
        let lower = text.lowercased()
        guard lower.unicodeScalars.contains("’") else { return lower }
        return lower.replacingOccurrences(of: "’", with: "'")
    }
}
