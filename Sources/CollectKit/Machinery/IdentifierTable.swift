/// Text identifiers stored once: their UTF-8 bytes in one arena, rows numbered in the order
/// they were added, and an open-addressing index from text to row.
///
/// Ten million receivable ids as `String`s cost 16 bytes each plus a `Dictionary`'s key copy
/// and buckets; here they cost their bytes, 4 bytes of offset and 8 bytes of index slot at
/// most. Each slot keeps the low 32 bits of the key's hash beside the row, so a probe that
/// misses (the usual case when recording a new id) never reads the arena, and growing the
/// index never rehashes text.
struct IdentifierTable: Sendable {
    /// The identifiers' bytes, back to back.
    private(set) var bytes: [UInt8] = []
    /// Where each row's bytes end in ``bytes``; a row starts where the previous one ends.
    private(set) var ends: [UInt32] = []
    /// Open addressing with linear probing: `hash32 << 32 | (row + 1)`, or 0 when empty.
    private(set) var slots: [UInt64] = []
    /// The seed of ``IdentifierHash``; random per table unless restored.
    let seed: UInt64

    /// An empty table.
    init(seed: UInt64 = IdentifierHash.randomSeed()) {
        self.seed = seed
    }

    /// A table over stored parts, as a binary snapshot holds them.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` when the parts do not describe a table.
    init(seed: UInt64, bytes: [UInt8], ends: [UInt32], slots: [UInt64], field: String) throws(CollectKitError) {
        var previous: UInt32 = 0
        for end in ends {
            guard end >= previous else {
                throw .invalidData(field: field, value: String(end), reason: "identifier offsets go backwards")
            }
            previous = end
        }
        guard Int(previous) == bytes.count else {
            throw .invalidData(field: field, value: String(previous), reason: "identifier offsets do not cover the bytes")
        }
        var filled = 0
        if !slots.isEmpty {
            guard slots.count.nonzeroBitCount == 1, slots.count * 7 >= ends.count * 10 else {
                throw .invalidData(field: field, value: String(slots.count), reason: "the index has the wrong size")
            }
            for slot in slots where slot != 0 {
                guard let row = Int(exactly: slot & 0xFFFF_FFFF), row >= 1, row <= ends.count else {
                    throw .invalidData(field: field, value: String(slot), reason: "the index names a missing row")
                }
                filled += 1
            }
        }
        guard filled == ends.count else {
            throw .invalidData(field: field, value: String(filled), reason: "the index does not cover every identifier")
        }
        self.seed = seed
        self.bytes = bytes
        self.ends = ends
        self.slots = slots
    }

    /// The number of identifiers.
    var count: Int { ends.count }

    /// The row of `text`, if present.
    @inline(__always)
    func find(_ text: String) -> Int32? {
        IdentifierHash.withUTF8(text) { find($0) }
    }

    /// The start of a lookup: the key's hash and the contents of its home slot.
    ///
    /// Taking two lookups' probes before finishing either lets their memory misses overlap:
    /// recording a receivable looks up its customer and its own id in tables far larger than
    /// the caches, and each first read waits on memory.
    struct Probe {
        let tag: UInt32
        let home: UInt64
    }

    /// Hashes `text` and reads its home slot.
    @inline(__always)
    func probe(_ text: String) -> Probe {
        let tag = IdentifierHash.withUTF8(text) { UInt32(truncatingIfNeeded: IdentifierHash.hash($0, seed: seed)) }
        guard !slots.isEmpty else { return Probe(tag: tag, home: 0) }
        return Probe(tag: tag, home: slots.withUnsafeBufferPointer { $0[Int(tag) & ($0.count &- 1)] })
    }

    /// The row of `text`, finishing a lookup started with ``probe(_:)``.
    @inline(__always)
    func find(_ text: String, probe: Probe) -> Int32? {
        IdentifierHash.withUTF8(text) { find($0, tag: probe.tag, home: probe.home) }
    }

    /// The row whose bytes are `key`, if present.
    func find(_ key: UnsafeRawBufferPointer) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let tag = UInt32(truncatingIfNeeded: IdentifierHash.hash(key, seed: seed))
        return find(key, tag: tag, home: slots.withUnsafeBufferPointer { $0[Int(tag) & ($0.count &- 1)] })
    }

    /// The row whose bytes are `key`, given its hash and the home slot's contents.
    private func find(_ key: UnsafeRawBufferPointer, tag: UInt32, home: UInt64) -> Int32? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var index = Int(tag) & mask
            var first = true
            while true {
                let slot = first ? home : slots[index]
                first = false
                if slot == 0 { return nil }
                if UInt32(truncatingIfNeeded: slot &>> 32) == tag {
                    let row = Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                    if rowEquals(row, key) { return row }
                }
                index = (index &+ 1) & mask
            }
        }
    }

    /// Checks that `text` fits: the arena stays under 4 GB and the rows under 2³¹.
    ///
    /// - Throws: ``CollectKitError/Kind/overflow`` naming `field` otherwise.
    @inline(__always)
    func requireCapacity(for text: String, field: @autoclosure () -> String) throws(CollectKitError) {
        guard bytes.count + text.utf8.count <= Int(UInt32.max), ends.count < Int(Int32.max) - 1 else {
            throw .overflow(field: field(), value: "identifier storage is full")
        }
    }

    /// Adds `text` as the next row; the caller has checked that it is absent and fits
    /// (``requireCapacity(for:field:)``).
    @discardableResult
    mutating func append(_ text: String) -> Int32 {
        if (ends.count + 1) * 10 > slots.count * 7 { grow() }
        let row = Int32(ends.count)
        let tag = IdentifierHash.withUTF8(text) { key -> UInt32 in
            bytes.append(contentsOf: key)
            return UInt32(truncatingIfNeeded: IdentifierHash.hash(key, seed: seed))
        }
        ends.appendColumn(UInt32(bytes.count))
        place(UInt64(tag) &<< 32 | UInt64(UInt32(row) &+ 1))
        return row
    }

    /// Removes the last row (undoing its ``append(_:field:)``).
    mutating func removeLast() {
        guard let last = ends.last else { return }
        let row = Int32(ends.count - 1)
        let start = ends.count > 1 ? Int(ends[ends.count - 2]) : 0
        let tag = bytes.withUnsafeBytes { raw in
            UInt32(truncatingIfNeeded: IdentifierHash.hash(UnsafeRawBufferPointer(rebasing: raw[start..<Int(last)]), seed: seed))
        }
        let wanted = UInt64(tag) &<< 32 | UInt64(UInt32(row) &+ 1)
        let mask = slots.count &- 1
        var hole = Int(tag) & mask
        while slots[hole] != wanted { hole = (hole &+ 1) & mask }
        // Backward-shift deletion keeps every later key reachable from its home slot.
        var next = hole
        while true {
            next = (next &+ 1) & mask
            let slot = slots[next]
            if slot == 0 { break }
            let home = Int(UInt32(truncatingIfNeeded: slot &>> 32)) & mask
            let between = hole <= next ? (home > hole && home <= next) : (home > hole || home <= next)
            if !between {
                slots[hole] = slot
                hole = next
            }
        }
        slots[hole] = 0
        ends.removeLast()
        bytes.removeLast(bytes.count - start)
    }

    /// The identifier text of `row`.
    func string(_ row: Int32) -> String {
        withBytes(row) { String(decoding: $0, as: UTF8.self) }
    }

    /// Runs `body` on the bytes of `row`.
    @inline(__always)
    func withBytes<R>(_ row: Int32, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let index = Int(row)
        let start = index == 0 ? 0 : Int(ends[index &- 1]), end = Int(ends[index])
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether `row`'s bytes are `key`.
    @inline(__always)
    func rowEquals(_ row: Int32, _ key: UnsafeRawBufferPointer) -> Bool {
        withBytes(row) { stored in
            stored.count == key.count && (stored.count == 0 || memcmpEqual(stored, key))
        }
    }

    /// Whether `lhs`'s identifier orders before `rhs`'s: by UTF-8 bytes, which is `String`'s
    /// order for the ASCII identifiers CRMs use.
    func precedes(_ lhs: Int32, _ rhs: Int32) -> Bool {
        withBytes(lhs) { l in withBytes(rhs) { r in l.lexicographicallyPrecedes(r) } }
    }

    /// The rows with their identifiers, in row order.
    var strings: [String] { (0..<Int32(count)).map(string) }

    /// Makes room for `total` identifiers of about `averageLength` bytes without growing.
    mutating func reserveCapacity(_ total: Int, averageLength: Int) {
        ends.reserveColumn(total)
        bytes.reserveColumn(total * averageLength)
        var capacity = Swift.max(16, slots.count)
        while total * 10 > capacity * 7 { capacity *= 2 }
        if capacity > slots.count { grow(to: capacity) }
    }

    private mutating func grow() { grow(to: Swift.max(16, slots.count * 2)) }

    private mutating func grow(to capacity: Int) {
        var grown = [UInt64].column(repeating: 0, count: capacity)
        let mask = capacity - 1
        for slot in slots where slot != 0 {
            var index = Int(UInt32(truncatingIfNeeded: slot &>> 32)) & mask
            while grown[index] != 0 { index = (index &+ 1) & mask }
            grown[index] = slot
        }
        slots = grown
    }

    @inline(__always)
    private mutating func place(_ slot: UInt64) {
        let mask = slots.count &- 1
        var index = Int(UInt32(truncatingIfNeeded: slot &>> 32)) & mask
        slots.withUnsafeMutableBufferPointer { slots in
            while slots[index] != 0 { index = (index &+ 1) & mask }
            slots[index] = slot
        }
    }
}

extension IdentifierTable: Equatable {
    /// Equal when they hold the same identifiers in the same rows; seeds and index layout
    /// are not part of the value.
    static func == (lhs: IdentifierTable, rhs: IdentifierTable) -> Bool {
        lhs.ends == rhs.ends && lhs.bytes == rhs.bytes
    }
}

/// Byte equality of two buffers of the same length.
@inline(__always)
func memcmpEqual(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == b.count }
    var offset = 0
    let count = a.count
    while offset &+ 8 <= count {
        if pa.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != pb.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
            return false
        }
        offset &+= 8
    }
    while offset < count {
        if pa.load(fromByteOffset: offset, as: UInt8.self) != pb.load(fromByteOffset: offset, as: UInt8.self) { return false }
        offset &+= 1
    }
    return true
}

extension IdentifierTable {
    /// Checks that every row is found under its own bytes (no duplicate identifiers, no
    /// index slot pointing elsewhere) and that every identifier is valid UTF-8.
    ///
    /// One tight pass in row order: the rows' bytes are read in sequence and each row's home
    /// slot is the only scattered read, so the processor overlaps many rows' misses.
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` naming `field` and the row.
    func verifyIndex(field: String) throws(CollectKitError) {
        let rows = count
        guard rows > 0 else { return }
        var failedRow = -1
        bytes.withUnsafeBytes { bytes in
            ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeBufferPointer { slots in
                    let mask = slots.count &- 1
                    var start = 0
                    for row in 0..<rows {
                        let end = Int(ends[row])
                        let key = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                        let tag = UInt32(truncatingIfNeeded: IdentifierHash.hash(key, seed: seed))
                        let wanted = UInt64(tag) &<< 32 | UInt64(UInt32(row) &+ 1)
                        var index = Int(tag) & mask
                        while true {
                            let slot = slots[index]
                            if slot == wanted { break }
                            // An empty slot first: the row is not indexed where a lookup looks.
                            if slot == 0 { failedRow = row; return }
                            // Another row with the same bytes first: a duplicate identifier.
                            if UInt32(truncatingIfNeeded: slot &>> 32) == tag {
                                let other = Int(slot & 0xFFFF_FFFF) &- 1
                                let otherStart = other == 0 ? 0 : Int(ends[other &- 1])
                                let otherKey = UnsafeRawBufferPointer(rebasing: bytes[otherStart..<Int(ends[other])])
                                if otherKey.count == key.count && memcmpEqual(otherKey, key) { failedRow = row; return }
                            }
                            index = (index &+ 1) & mask
                        }
                        start = end
                    }
                }
            }
        }
        guard failedRow < 0 else {
            throw .invalidData(field: field, value: String(failedRow), reason: "a duplicate or unindexed identifier")
        }
        // ASCII throughout (the usual case) is valid UTF-8; otherwise check each identifier.
        guard !bytes.allSatisfy({ $0 < 0x80 }) else { return }
        for row in 0..<Int32(rows) {
            let valid = withBytes(row) { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
            guard valid else { throw .invalidData(field: field, value: String(row), reason: "an identifier that is not UTF-8") }
        }
    }
}
