import Foundation

/// Percent-encodes ids for URL path segments and query values; decodes path parameters.
enum PathEscaping {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func decode(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }
}
