/// What one ``CollectionEngine/evaluate(asOf:)`` found and journaled.
public struct CollectionEvaluation: Sendable {
    /// What changed since the last evaluation, in a stable order.
    public let events: [CollectionEvent]
    /// The decisions journaled, for the host to store; `nil` when the evaluation changed
    /// nothing (the same day evaluated again).
    public let journalEntry: JournalEntry?
}
