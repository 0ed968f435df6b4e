/// The stylesheet and the script, served from /static so the Content-Security-Policy can forbid inline ones.
enum StaticAssets {
    static let css = StaticStyleSheet.css
    static let javascript = StaticScript.javascript
}
