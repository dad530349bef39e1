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
