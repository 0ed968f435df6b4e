import Foundation
import Testing
@testable import Parallax

@Suite struct FeedReaderTests {
    private func read(_ name: String) throws -> ([RawDocument], [Diagnostic]) {
        let bytes = try [UInt8](Data(contentsOf: SharedData.fixture("Feeds/" + name)))
        return FeedReader().read(bytes, origin: name)
    }

    private func html(_ document: RawDocument) -> String { String(decoding: document.bytes, as: UTF8.self) }

    @Test func rss2ItemsBecomeDocuments() throws {
        let (documents, diagnostics) = try read("rss2.xml")
        #expect(documents.count == 3)
        #expect(diagnostics == [Diagnostic(.warning, origin: "rss2.xml", message: "item 3 has no content; skipped")])

        let first = documents[0]
        #expect(first.id == ArticleID("gazette-1001"))
        #expect(first.origin == "rss2.xml#1")
        #expect(first.format == .html)
        #expect(html(first) == "<p>The bridge reopened on Monday &amp; traffic resumed.</p><p>Second paragraph.</p>")
        #expect(first.declared == ArticleMetadata(
            title: "Bridge reopens after repairs", publisher: "Example Gazette", authors: ["Ana Pereira", "Tom Lee"],
            published: CalendarDate(year: 2024, month: 4, day: 9), url: "https://gazette.example/bridge", language: "en-gb"
        ))

        let second = documents[1]
        #expect(second.id == ArticleID("https://gazette.example/budget"))
        #expect(html(second) == "<p>The council approved the budget</p>")
        #expect(second.declared.title == "Council votes \u{2013} budget passes")
        #expect(second.declared.authors == ["Maria Rossi"])
        #expect(second.declared.published == CalendarDate(year: 2024, month: 4, day: 3))

        #expect(documents[2].id == ArticleID("rss2.xml#4"))
        #expect(html(documents[2]) == "<p>Only a body, no link or guid.</p>")
    }

    @Test func atomEntriesBecomeDocuments() throws {
        let (documents, diagnostics) = try read("atom.xml")
        #expect(diagnostics.isEmpty)
        #expect(documents.count == 3)
        let first = documents[0]
        #expect(first.id == ArticleID("urn:example:entry:1"))
        #expect(html(first) == "<p>Die Brücke ist &quot;offen&quot;.</p>")
        #expect(first.declared == ArticleMetadata(
            title: "Neue Brücke eröffnet", publisher: "Beispiel Zeitung", authors: ["Jana Müller", "Karl Weber"],
            published: CalendarDate(year: 2024, month: 4, day: 8), url: "https://zeitung.example/bruecke", language: "de"
        ))
        #expect(html(documents[1]) == "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Erster <b>fetter</b> Absatz.</p><p>A &amp; B</p></div>")
        #expect(documents[1].declared.url == "https://zeitung.example/xhtml")
        #expect(documents[1].declared.published == CalendarDate(year: 2024, month: 4, day: 10))
        #expect(html(documents[2]) == "<p>1 &lt; 2 und so weiter</p>")
    }

    @Test func rss1RDFItemsAreRead() throws {
        let (documents, diagnostics) = try read("rss1-rdf.xml")
        #expect(diagnostics.isEmpty)
        #expect(documents.count == 1)
        #expect(documents.first?.declared.published == CalendarDate(year: 2024, month: 4, day: 7))
        #expect(documents.first?.declared.authors == ["Lee Chan"])
        #expect(documents.first?.declared.publisher == "RDF Post")
        #expect(documents.first.map(html) == "Plain <b>escaped</b> body")
    }

    @Test func brokenFeedKeepsWhatCouldBeReadAndSaysWhy() throws {
        let (documents, diagnostics) = try read("broken-rss.xml")
        #expect(documents.map(\.id) == [ArticleID("https://broken.example/1"), ArticleID("https://broken.example/2")])
        #expect(html(documents[0]) == "<p>Complete first item.</p>")
        #expect(html(documents[1]).hasPrefix("<p>The feed was truncated"))
        #expect(diagnostics.map(\.severity) == [.error, .error])
        #expect(diagnostics.allSatisfy { $0.origin == "broken-rss.xml" })
        #expect(diagnostics[0].message == "broken XML: end tag </bogus> matches no open element")
        #expect(diagnostics[1].message.contains("input ends inside <rss> <channel> <item> <description>"))
    }

    @Test func htmlIsNotAFeed() throws {
        let (documents, diagnostics) = try read("not-a-feed.xml")
        #expect(documents.isEmpty)
        #expect(diagnostics == [Diagnostic(.error, origin: "not-a-feed.xml", message: "not a feed: root element is <html>")])
    }

    @Test func looksLikeFeedChecksTheRootElement() throws {
        for name in ["rss2.xml", "atom.xml", "rss1-rdf.xml", "broken-rss.xml"] {
            #expect(FeedReader.looksLikeFeed(try [UInt8](Data(contentsOf: SharedData.fixture("Feeds/" + name)))), "\(name)")
        }
        #expect(!FeedReader.looksLikeFeed(try [UInt8](Data(contentsOf: SharedData.fixture("Feeds/not-a-feed.xml")))))
        #expect(!FeedReader.looksLikeFeed(Array((String(repeating: " ", count: 1100) + "<rss>").utf8)))
        #expect(!FeedReader.looksLikeFeed([]))
    }

    @Test func rfc822AndISODates() {
        #expect(FeedDateParser.date(from: "Tue, 09 Apr 2024 10:00:00 GMT") == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(FeedDateParser.date(from: "9 April 2024") == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(FeedDateParser.date(from: "Mon, 1 Jan 99 00:00 EST") == CalendarDate(year: 1999, month: 1, day: 1))
        #expect(FeedDateParser.date(from: "2024-04-09T10:00:00Z") == CalendarDate(year: 2024, month: 4, day: 9))
        #expect(FeedDateParser.date(from: "sometime") == nil)
    }
}
