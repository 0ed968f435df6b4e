import Foundation
import Testing
@testable import Parallax

/// Prints the seed story's alignment when ALIGN_DUMP is set, for reading by eye.
@Suite("Seed alignment dump")
struct SeedAlignmentDump {
    @Test(.enabled(if: SeedStory.available && ProcessInfo.processInfo.environment["ALIGN_DUMP"] != nil, "set ALIGN_DUMP"))
    func dump() {
        let aligned = SeedStory.aligned
        print("== CORROBORATED")
        for fact in aligned.corroborated {
            print("-- \(fact.sourceCount)")
            for s in fact.statements { print("   [\(s.span.article.rawValue.prefix(3))] \(s.text)") }
        }
        print("== UNIQUE")
        for fact in aligned.unique { print("   [\(fact.statements[0].span.article.rawValue.prefix(3))] \(fact.statements[0].text)") }
        print("== CONFLICTS")
        for c in aligned.conflicts {
            print("-- \(c.slot) \(c.about)")
            for claim in c.claims { print("   [\(claim.statement.span.article.rawValue.prefix(3))] \(claim.value) | \(claim.statement.text)") }
        }
        print("== ENTITIES")
        for e in aligned.entities { print("   \(e.name) \(e.kind) \(e.aliases) \(e.articles.map { $0.rawValue.prefix(3) })") }
        print("== QUOTES")
        for q in aligned.quotes { print("   \(q.speaker ?? "-") | \(q.text.prefix(60)) \(q.occurrences.map { $0.span.article.rawValue.prefix(3) })") }
        print("== TIMELINE")
        for t in aligned.timeline { print("   \(t.date) \(t.mentions.map(\.text)) | \(t.text.prefix(100))") }
        print("== DATES")
        for a in aligned.story.articles { for d in a.dates { print("   [\(a.id.rawValue.prefix(3))] \(d.text) \(d.expression) -> \(d.resolved.map(\.description) ?? "nil")") } }
    }
}
