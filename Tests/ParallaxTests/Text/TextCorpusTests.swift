import Foundation
import Testing
import Parallax

@Suite("Text on the seed corpus")
struct TextCorpusTests {
    private static let folder = "corpus/lavrov-beijing-2024"

    private func texts() throws -> [(String, String)] {
        let url = SharedData.url(Self.folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func everySentenceStartsWithTextAndTokensSliceBack() throws {
        let files = try texts()
        #expect(files.count == 5)
        for (name, text) in files {
            let bytes = Array(text.utf8)
            let segmentation = TextSegmenter().segment(text, article: ArticleID(name))
            #expect(!segmentation.sentences.isEmpty, "\(name)")
            var previousEnd = 0
            for sentence in segmentation.sentences {
                let slice = String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self)
                #expect(slice.first.map { !$0.isWhitespace } == true, "\(name): \(slice)")
                #expect(slice.last.map { !$0.isWhitespace } == true, "\(name): \(slice)")
                #expect(sentence.tokens.lowerBound == previousEnd, "\(name): sentences cover every token")
                previousEnd = sentence.tokens.upperBound
            }
            #expect(previousEnd == segmentation.tokens.count)
            for token in segmentation.tokens {
                #expect(String(bytes: bytes[token.start..<token.end], encoding: .utf8) != nil)
            }
        }
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func usAbbreviationDoesNotSplitTheYellenSentence() throws {
        var found = 0
        for (name, text) in try texts() {
            let bytes = Array(text.utf8)
            for sentence in TextSegmenter().segment(text, article: ArticleID(name)).sentences {
                let slice = String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self)
                #expect(!slice.hasSuffix("U.S."), "\(name): split after U.S.: \(slice)")
                if slice.contains("U.S. Treasury Secretary Janet Yellen") { found += 1 }
            }
        }
        #expect(found >= 1)
    }

    @Test(.enabled(if: SharedData.has("corpus/lavrov-beijing-2024"), "needs ../shared/corpus"))
    func possessivesAndTwoDayStayWhole() throws {
        let text = try texts().map(\.1).joined(separator: "\n\n")
        let tokens = Tokenizer().tokenize(text)
        let normalized = Set(tokens.map(\.normalized))
        #expect(normalized.contains("putin's"))
        #expect(normalized.contains("two-day"))
        #expect(tokens.first { $0.normalized == "putin's" }?.stem == "putin")
    }
}
