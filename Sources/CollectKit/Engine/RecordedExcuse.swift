/// What ``CollectionEngine/recordExcuse(_:customer:on:)`` concluded and journaled.
public struct RecordedExcuse: Sendable {
    /// The excuse named and weighed against what the engine knows.
    public let assessment: ExcuseAssessment
    /// The journal entry of the excuse kept (its category and day, never the words), or
    /// `nil` when the text was not an excuse.
    public let journalEntry: JournalEntry?
}
