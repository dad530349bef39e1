extension CollectionLedger {
    /// Applies journal entries: those at or below ``sequence`` are already held and skipped
    /// (a held entry that differs is an error), the rest must follow on without gaps. All or
    /// nothing.
    ///
    /// - Returns: how many entries were applied.
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming the sequence number of an entry
    ///   out of order or in conflict, or the entry's own validation error with its sequence
    ///   number in `field`.
    mutating func replay(_ entries: some Sequence<JournalEntry>, window: inout JournalWindow) throws(CollectKitError) -> Int {
        var applied: [(entry: JournalEntry, undo: LedgerUndo)] = []
        let startSequence = sequence
        do throws(CollectKitError) {
            for entry in entries {
                if entry.sequence <= sequence {
                    let held = window.entry(entry.sequence) ?? applied.first { $0.entry.sequence == entry.sequence }?.entry
                    if let held, held != entry {
                        throw CollectKitError.invalidData(field: "journal[\(entry.sequence)]", value: entry.change.kind.rawValue,
                                                          reason: "conflicts with the entry already applied under this sequence number")
                    }
                    continue
                }
                guard entry.sequence == sequence + 1 else {
                    throw CollectKitError.invalidData(field: "journal[\(entry.sequence)]", value: String(entry.sequence),
                                                      reason: "out of order: the next entry must be \(sequence + 1)")
                }
                let undo: LedgerUndo?
                do { undo = try apply(entry.change) } catch {
                    throw CollectKitError(kind: error.kind, field: "journal[\(entry.sequence)].\(error.field)", value: error.value,
                                          reason: error.reason)
                }
                sequence = entry.sequence
                applied.append((entry, undo ?? .nothing))
            }
        } catch {
            for (_, undo) in applied.reversed() { self.undo(undo) }
            sequence = startSequence
            throw error
        }
        for (entry, undo) in applied { window.append(entry, undo: undo) }
        return applied.count
    }
}
