/// Builds WARC records byte by byte, as crawlers write them, for the WARC tests.
enum WARCSample {
    static func record(_ type: String, uri: String? = "https://news.example/a", date: String = "2024-04-09T10:00:00Z",
                       contentType: String = "application/http; msgtype=response", block: [UInt8],
                       length: Int? = nil) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Date: \(date)\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(length ?? block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(status: String = "200 OK", headers: [String] = ["Content-Type: text/html; charset=utf-8"],
                         body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    static func page(_ title: String, _ text: String) -> [UInt8] {
        Array("<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1><p>\(text)</p></article></body></html>".utf8)
    }

    /// A small archive: warcinfo, a request, an HTML response, a JPEG response, a redirect.
    static var archive: [UInt8] {
        record("warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: test\r\n".utf8))
            + record("request", block: Array("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".utf8))
            + record("response", block: response(body: page("Dam opens", "The dam opened on Tuesday after years of work.")))
            + record("response", uri: "https://news.example/p.jpg",
                     block: response(headers: ["Content-Type: image/jpeg"], body: [0xFF, 0xD8, 0xFF]))
            + record("response", uri: "https://news.example/old",
                     block: response(status: "301 Moved Permanently", headers: ["Location: /a"], body: []))
    }
}
