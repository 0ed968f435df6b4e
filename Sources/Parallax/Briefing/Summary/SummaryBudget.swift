/// How long a summary may be: a number of sentences or of words (whitespace-separated, as ROUGE counts them).
package enum SummaryBudget: Hashable, Sendable {
    case sentences(Int)
    case words(Int)
}
