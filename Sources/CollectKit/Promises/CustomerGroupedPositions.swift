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
    /// Payment positions, customer by customer in `order`: only payments dated on or before
    /// the day judged, so the walk neither reads nor filters later ones.
    var payments: [Int32]
    /// The most promises any one customer has: the size of the per-customer scratch columns.
    var largestPromiseGroup: Int

    /// No records.
    init() {
        (promiseStarts, promises, paymentStarts, payments, largestPromiseGroup) = ([0], [], [0], [], 0)
    }

    /// Groups the records whose customer slots are `promiseSlots` and `paymentSlots` by the
    /// rank of their slot in `order` (a permutation of every slot), keeping the payments whose
    /// day in `paymentFields` is on or before `lastPaymentDay`.
    init(order: [Int32], promiseSlots: [Int32], paymentSlots: [Int32],
         paymentFields: [PaymentAllocationFields], lastPaymentDay: Int32) {
        var rank = [Int32](repeating: 0, count: order.count)
        for (place, slot) in order.enumerated() { rank[Int(slot)] = Int32(place) }
        (promiseStarts, promises) = Self.group(promiseSlots, rank: rank) { _ in true }
        (paymentStarts, payments) = Self.group(paymentSlots, rank: rank) { paymentFields[$0].day <= lastPaymentDay }
        var largest = 0
        for place in rank.indices { largest = Swift.max(largest, Int(promiseStarts[place + 1] - promiseStarts[place])) }
        largestPromiseGroup = largest
    }

    /// A counting sort of the positions that are `kept` by their customer's rank.
    private static func group(_ slots: [Int32], rank: [Int32],
                              kept: (Int) -> Bool) -> (starts: [Int32], positions: [Int32]) {
        var starts = [Int32](repeating: 0, count: rank.count + 1)
        var total = 0
        for (position, slot) in slots.enumerated() where kept(position) {
            starts[Int(rank[Int(slot)]) + 1] += 1
            total += 1
        }
        for place in rank.indices { starts[place + 1] += starts[place] }
        var next = starts
        var positions = [Int32](repeating: 0, count: total)
        for (position, slot) in slots.enumerated() where kept(position) {
            let place = Int(rank[Int(slot)])
            positions[Int(next[place])] = Int32(position)
            next[place] += 1
        }
        return (starts, positions)
    }
}
