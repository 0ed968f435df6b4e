import Foundation
import Testing
@testable import Parallax

/// Aligns the seed story and checks the gold file's dates, facts, unique facts, conflicts, entities and quotes.
@Suite("Alignment against the seed story's gold")
struct SeedStoryAlignmentGoldTests {
    static let enabled = SeedStory.available

    private func overlaps(_ statement: Statement, _ article: String, _ fragment: String) -> Bool {
        guard let span = SeedStory.span(of: fragment, in: article) else { return false }
        return statement.span.overlaps(span)
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func datesResolveAgainstTheStory() throws {
        for item in try SeedStory.gold().dates {
            let span = try #require(SeedStory.span(of: item.fragment, in: item.article), "fragment \(item.fragment)")
            let article = try #require(SeedStory.aligned.story.articles.first { $0.id.rawValue == item.article })
            let resolved = article.dates.filter { $0.span.overlaps(span) }.compactMap(\.resolved).map(\.description)
            #expect(resolved.contains(item.date), "\(item.article): \(item.fragment) → \(resolved)")
        }
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func corroboratedFactsAreGrouped() throws {
        for item in try SeedStory.gold().corroborated_facts {
            let found = SeedStory.aligned.corroborated.contains { fact in
                item.evidence.allSatisfy { evidence in fact.statements.contains { overlaps($0, evidence.article, evidence.fragment) } }
            }
            #expect(found, "fact not grouped: \(item.fact)")
        }
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func uniqueFactsAreListed() throws {
        for item in try SeedStory.gold().unique_facts {
            let found = SeedStory.aligned.unique.contains { fact in fact.statements.contains { overlaps($0, item.article, item.fragment) } }
            #expect(found, "unique fact missing: \(item.fragment)")
        }
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func conflictsAreFoundAndFew() throws {
        let gold = try SeedStory.gold().conflicts
        for item in gold {
            let found = SeedStory.aligned.conflicts.contains { conflict in
                item.claims.allSatisfy { claim in conflict.claims.contains { overlaps($0.statement, claim.article, claim.fragment) } }
            }
            #expect(found, "conflict missing: \(item.about)")
        }
        // A few false alarms are tolerable; a flood would bury the real contradiction.
        #expect(SeedStory.aligned.conflicts.count <= gold.count + 2, "\(SeedStory.aligned.conflicts.map(\.about))")
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func entitiesMergeSpellings() throws {
        for item in try SeedStory.gold().entities {
            let entity = SeedStory.aligned.entities.first { entity in
                item.aliases.allSatisfy { alias in entity.aliases.contains { $0 == alias || $0.hasSuffix(" " + alias) } }
            }
            #expect(entity != nil, "no entity with all of \(item.aliases)")
            guard let entity else { continue }
            #expect(entity.kind.rawValue == item.kind, "\(item.name) is \(entity.kind)")
            let articles = Set(entity.articles.map(\.rawValue))
            #expect(Set(item.articles).isSubset(of: articles), "\(item.name) in \(articles.sorted())")
        }
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func quotesMergeAcrossSourcesWithSpeakers() throws {
        for item in try SeedStory.gold().quotes {
            let quote = SeedStory.aligned.quotes.first { quote in
                item.articles.allSatisfy { article in
                    quote.occurrences.contains { occurrence in
                        SeedStory.span(of: item.fragment, in: article).map { occurrence.span.overlaps($0) } ?? false
                    }
                }
            }
            #expect(quote != nil, "quote not merged: \(item.fragment)")
            guard let speaker = quote?.speaker else { continue }
            #expect(NameMatcher.sameEntity(speaker, item.speaker), "\(item.fragment): \(speaker)")
        }
    }

    @Test(.enabled(if: enabled, "needs ../shared (or PARALLAX_SHARED)"))
    func timelineIsSortedAndDated() {
        let timeline = SeedStory.aligned.timeline
        #expect(!timeline.isEmpty)
        #expect(zip(timeline, timeline.dropFirst()).allSatisfy { $0.date <= $1.date })
        #expect(timeline.contains { $0.date == CalendarDate(year: 2024, month: 4, day: 8) && $0.mentions.count >= 2 })
    }
}
