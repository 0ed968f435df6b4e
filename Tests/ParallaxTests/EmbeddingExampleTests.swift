import Foundation
import Testing
import Parallax

/// The README's Swift example, compiled and run here; the test also checks the README shows exactly this code.
@Suite struct EmbeddingExampleTests {
    @Test func theReadmeExampleBriefsTwoArticlesAsOneStory() throws {
        // README example start
        let articles = [
            ArticleInput(
                text: """
                    Twelve dead in Haldenburg battery plant fire

                    A fire at a battery recycling plant in Haldenburg killed 12 workers early on Monday, the city's \
                    fire service said. Fire chief Oleksandr Marchuk said the roof collapsed forty minutes after the alarm.
                    """,
                publisher: "Meridian Standard", published: CalendarDate(year: 2024, month: 3, day: 11)),
            ArticleInput(
                html: """
                    <html><head><title>Haldenburg plant fire kills 12</title></head><body><article>
                    <p>Twelve workers were killed on Monday when fire swept through a battery recycling plant in
                    Haldenburg, the city's fire service said.</p>
                    <p>The roof collapsed forty minutes after the alarm, fire chief Oleksandr Marchuk said.</p>
                    </article></body></html>
                    """,
                publisher: "Coastline Daily", url: "https://coastline.example/haldenburg-fire"),
        ]
        let briefs = Pipeline().brief(articles)
        let markdown = BriefFormat.markdown.renderer().render(briefs)
        // README example end
        #expect(briefs.count == 1)
        let brief = try #require(briefs.first)
        #expect(brief.sources.map(\.publisher) == ["Meridian Standard", "Coastline Daily"])
        #expect(!brief.agreement.isEmpty)
        #expect(brief.entities.contains { $0.name == "Oleksandr Marchuk" })
        #expect(markdown.contains("# \(brief.headline)"))
        #expect(try readmeExample() == exampleInThisFile())
    }

    @Test func aRepeatedIdIsReadUnderTheNextFreeNameWithAWarning() {
        let text = "The dam on the Vardar river opened on Tuesday after six years of work, officials said."
        let documents = ["x", "x", "x~2"].map { RawDocument(id: ArticleID($0), origin: "feed.jsonl", bytes: Array(text.utf8), format: .plainText) }
        let result = Pipeline().analyze(documents)
        #expect(result.articles.map(\.id.rawValue) == ["x", "x~2", "x~2~2"])
        #expect(result.diagnostics.map(\.message) == ["id x is used before; read as x~2", "id x~2 is used before; read as x~2~2"])
        #expect(Pipeline().run(documents).briefs.first?.sources.count == 3)
    }

    /// The code between the markers above, without its indentation and blank lines.
    private func exampleInThisFile() throws -> String {
        let lines = try String(contentsOfFile: #filePath, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasSuffix("// README example start") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// README example end") })
        return lines[(start + 1)..<end].filter { !$0.isEmpty }
            .map { String($0.dropFirst(min(8, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
    }

    /// The README's Swift block under "## The Swift library", without its `import` and `print` lines and blank lines.
    private func readmeExample() throws -> String {
        let readme = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## The Swift library"))
        let block = try #require(readme[section.upperBound...].range(of: "```swift\n"))
        let end = try #require(readme[block.upperBound...].range(of: "\n```"))
        return readme[block.upperBound..<end.lowerBound].components(separatedBy: "\n")
            .filter { !$0.hasPrefix("import ") && !$0.hasPrefix("print(") && !$0.isEmpty }.joined(separator: "\n")
    }
}
