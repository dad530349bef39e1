/// The engine's most recent journal entries with how to undo each: what lets a host roll
/// the engine back to a sequence number when its own transaction fails, or fetch entries it
/// has not stored yet.
///
/// Bounded: once ``capacity`` entries are held, recording a new one forgets the oldest, so a
/// host that never acknowledges does not grow memory. Rolling back further than the window
/// reaches is refused; the host restores from its store instead.
struct JournalWindow: Sendable {
    /// The most entries held.
    let capacity: Int
    // Entries from `start` on are held; the forgotten prefix is compacted away once it is as
    // long as the window, so forgetting costs O(1) amortised.
    private var entries: [JournalEntry] = []
    private var undos: [LedgerUndo] = []
    private var start = 0

    /// An empty window holding at most `capacity` entries (none when 0).
    init(capacity: Int) {
        self.capacity = Swift.max(0, capacity)
    }

    /// How many entries are held.
    var count: Int { entries.count - start }

    /// The sequence number of the oldest entry held, if any.
    var firstSequence: UInt64? { count == 0 ? nil : entries[start].sequence }

    /// Holds `entry`, forgetting the oldest when full.
    mutating func append(_ entry: JournalEntry, undo: LedgerUndo) {
        guard capacity > 0 else { return }
        entries.append(entry)
        undos.append(undo)
        if count > capacity { forgetOldest(count - capacity) }
    }

    /// Removes and returns the newest entry.
    mutating func removeLast() -> (entry: JournalEntry, undo: LedgerUndo)? {
        guard count > 0, let entry = entries.popLast(), let undo = undos.popLast() else { return nil }
        return (entry, undo)
    }

    /// Forgets the entries up to and including `sequence`.
    mutating func drop(through sequence: UInt64) {
        var forget = 0
        while forget < count, entries[start + forget].sequence <= sequence { forget += 1 }
        forgetOldest(forget)
    }

    /// The entries after `sequence`, oldest first, or `nil` when some of them are no longer held.
    func entries(after sequence: UInt64, upTo last: UInt64) -> [JournalEntry]? {
        guard sequence < last else { return [] }
        guard let first = firstSequence, first <= sequence + 1 else { return nil }
        return Array(entries[(start + Int(sequence + 1 - first))...])
    }

    /// The held entry with this sequence number, if any.
    func entry(_ sequence: UInt64) -> JournalEntry? {
        guard let first = firstSequence, sequence >= first, sequence - first < UInt64(count) else { return nil }
        return entries[start + Int(sequence - first)]
    }

    private mutating func forgetOldest(_ n: Int) {
        start += n
        if start >= Swift.max(capacity, 64) || count == 0 {
            entries.removeFirst(start)
            undos.removeFirst(start)
            start = 0
        }
    }
}
