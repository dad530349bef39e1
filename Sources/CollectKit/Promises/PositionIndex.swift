/// An open-addressing hash index from an identifier to the position of its record, storing
/// only 4-byte positions: the keys are read back from the records themselves, so indexing a
/// million promises costs 6–12 bytes each instead of a `Dictionary`'s key copy and buckets.
///
/// Hashes come from `Hashable` (seeded per process), so the index is rebuilt, never stored.
struct PositionIndex: Sendable {
    private var buckets: [Int32] = []
    private(set) var count = 0

    /// The position whose record `matches`, probing from `hash`.
    func find(hash: Int, where matches: (Int32) -> Bool) -> Int32? {
        guard !buckets.isEmpty else { return nil }
        let mask = buckets.count &- 1
        var bucket = hash & mask
        while true {
            let position = buckets[bucket]
            if position < 0 { return nil }
            if matches(position) { return position }
            bucket = (bucket &+ 1) & mask
        }
    }

    /// Adds `position`; `rehash` gives the hash of any earlier position when the table grows.
    mutating func insert(_ position: Int32, hash: Int, rehash: (Int32) -> Int) {
        if (count + 1) * 10 > buckets.count * 7 {
            var grown = PositionIndex()
            grown.buckets = Array(repeating: -1, count: Swift.max(16, buckets.count * 2))
            for old in buckets where old >= 0 { grown.place(old, hash: rehash(old)) }
            grown.count = count
            self = grown
        }
        place(position, hash: hash)
        count += 1
    }

    private mutating func place(_ position: Int32, hash: Int) {
        let mask = buckets.count &- 1
        var bucket = hash & mask
        while buckets[bucket] >= 0 { bucket = (bucket &+ 1) & mask }
        buckets[bucket] = position
    }
}

/// The positions of one customer's records, newest first, threaded through a `next` array
/// so a customer costs one 4-byte head per kind of record rather than an array each.
struct LinkedPositions: Sequence, IteratorProtocol {
    private var current: Int32
    private let links: [Int32]

    init(head: Int32, next links: [Int32]) {
        self.current = head
        self.links = links
    }

    mutating func next() -> Int32? {
        guard current >= 0 else { return nil }
        defer { current = links[Int(current)] }
        return current
    }
}
