/// Every customer's promise and payment positions, grouped by the customer's place in the
/// id order (compressed rows: `starts[rank]..<starts[rank + 1]` index `promises`/`payments`).
///
/// Built once per evaluation with two sequential passes over the records' customer slots, so
/// the walk in customer order reads positions from one contiguous array and the loads of
/// different promises do not wait on each other, as they do along a per-customer linked list.
struct CustomerGroupedPositions {
    /// Where each customer's promises start in `promises`; one more entry than customers.
    var promiseStarts: [Int32]
    /// Promise positions, customer by customer in `order`.
    var promises: [Int32]
    /// Where each customer's payments start in `payments`; one more entry than customers.
    var paymentStarts: [Int32]
    /// Payment positions, customer by customer in `order`.
    var payments: [Int32]

    /// Groups the records whose customer slots are `promiseSlots` and `paymentSlots` by the
    /// rank of their slot in `order` (a permutation of every slot).
    init(order: [Int32], promiseSlots: [Int32], paymentSlots: [Int32]) {
        var rank = [Int32](repeating: 0, count: order.count)
        for (place, slot) in order.enumerated() { rank[Int(slot)] = Int32(place) }
        (promiseStarts, promises) = Self.group(promiseSlots, rank: rank)
        (paymentStarts, payments) = Self.group(paymentSlots, rank: rank)
    }

    /// A counting sort of record positions by their customer's rank.
    private static func group(_ slots: [Int32], rank: [Int32]) -> (starts: [Int32], positions: [Int32]) {
        var starts = [Int32](repeating: 0, count: rank.count + 1)
        for slot in slots { starts[Int(rank[Int(slot)]) + 1] += 1 }
        for place in rank.indices { starts[place + 1] += starts[place] }
        var next = starts
        var positions = [Int32](repeating: 0, count: slots.count)
        for (position, slot) in slots.enumerated() {
            let place = Int(rank[Int(slot)])
            positions[Int(next[place])] = Int32(position)
            next[place] += 1
        }
        return (starts, positions)
    }
}
