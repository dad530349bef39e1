import Foundation

/// Everything an engine has recorded, as one value to persist: the compaction point of a
/// tenant's journal.
///
/// A host stores a snapshot with its ``sequence`` and may then drop the journal entries up
/// to that number; an engine restores from the snapshot plus the entries after it
/// (``CollectionEngine/init(configuration:restoring:replaying:)``). Each fact is stored
/// once: receivables, payments, how each payment was applied, promises and the rest, never
/// a second copy in another form, and never a customer's name or words.
///
/// Two encodings: ``binaryRepresentation()`` / ``init(binaryRepresentation:)``, compact
/// columns that restore a million-customer tenant in about a second, and `Codable` (JSON
/// records, for interchange and inspection). Both are checked when read: a truncated,
/// edited or newer snapshot is a typed error, never a ledger recording could not produce.
public struct CollectionSnapshot: Sendable {
    /// The binary format version this build writes; it reads this one.
    public static let formatVersion: UInt32 = 1

    let ledger: CollectionLedger

    init(ledger: CollectionLedger) { self.ledger = ledger }

    /// The sequence number of the last journal entry the snapshot includes.
    public var sequence: UInt64 { ledger.sequence }
    /// How many customers it holds.
    public var customerCount: Int { ledger.customers.reduce(0) { $0 + ($1.isKnown ? 1 : 0) } }
    /// How many receivables it holds.
    public var receivableCount: Int { ledger.receivableCount }
    /// How many payments it holds.
    public var paymentCount: Int { ledger.paymentCount }
    /// How many promises it holds.
    public var promiseCount: Int { ledger.promiseCount }
    /// The customers it holds, in id order.
    public var customerIDs: [CustomerID] {
        ledger.customersInIDOrder().filter { ledger.customers[Int($0)].isKnown }.map { ledger.customerID(ofSlot: $0) }
    }
}

extension CollectionSnapshot: Equatable {
    /// Equal when they hold the same records, applications, promise outcomes and history.
    ///
    /// Storage details that depend on the order things were first seen are not compared, so
    /// a snapshot equals the one restored from its encoding.
    ///
    /// - Parameters:
    ///   - lhs: A snapshot.
    ///   - rhs: Another snapshot.
    /// - Returns: Whether they hold the same facts.
    /// - Complexity: O(records) at most; the first difference ends the comparison.
    public static func == (lhs: CollectionSnapshot, rhs: CollectionSnapshot) -> Bool { lhs.ledger == rhs.ledger }
}

extension CollectionSnapshot: CustomStringConvertible {
    /// Counts only.
    public var description: String {
        "CollectionSnapshot(sequence: \(sequence), customers: \(customerCount), receivables: \(receivableCount), "
            + "payments: \(paymentCount), promises: \(promiseCount))"
    }
}
