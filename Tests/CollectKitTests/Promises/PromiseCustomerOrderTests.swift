import Testing
import CollectKitTesting
@testable import CollectKit

/// The fast customer-id sort behind `evaluate(asOf:)` gives exactly `CustomerID`'s order.
@Suite struct PromiseCustomerOrderTests {
    static func ledger(_ ids: [CustomerID]) -> CollectionLedger {
        var ledger = CollectionLedger()
        for id in ids { _ = ledger.slot(nil, for: id) }
        return ledger
    }

    static func expectSameOrder(_ raw: [String]) {
        let ids = raw.map { CustomerID(rawValue: $0) }
        let fast = ledger(ids).sortedByID(0..<Int32(ids.count)).map { ids[Int($0)] }
        #expect(fast == ids.sorted())
    }

    @Test func asciiIdsSharingLongPrefixesAndPrefixesOfEachOther() {
        Self.expectSameOrder(["C10", "C1", "", "CUSTOMER-000002", "CUSTOMER-000001", "CUSTOMER-00000", "c1", "C1\u{0}",
                              "B999999999", "C2", "C100000000000", "CUSTOMER-0000010"])
    }

    @Test func nonAsciiIdsFallBackToStringOrder() {
        Self.expectSameOrder(["客户-2", "客户-10", "C3", "Zoë", "Zoe\u{308}", "Zz", "e\u{301}", "é", "C20"])
    }

    @Test func randomAsciiIdsMatchStringOrder() {
        var rng = SeededRandomNumberGenerator(seed: 11)
        let alphabet = Array("AB01-_z")
        let raw = (0..<500).map { _ in
            String((0..<Int(rng.next() % 14)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
        }
        Self.expectSameOrder(Array(Set(raw)))
    }

    @Test func idsSharingAPrefixSortWithinASubrangeOfSlots() {
        // Every id starts "K-" and has eight bytes, so two byte positions are the same for all
        // ids; only slots 5... are sorted, as when customers were added since the last run.
        var rng = SeededRandomNumberGenerator(seed: 29)
        let raw = Set((0..<2_000).map { _ in "K-" + String(100_000 + rng.next() % 900_000) })
        let ids = ["Z9", "A1", "K-000000", "K-999999", "0"].map { CustomerID(rawValue: $0) }
            + raw.map { CustomerID(rawValue: $0) }
        let slots = Self.ledger(ids).sortedByID(5..<Int32(ids.count))
        #expect(slots.count == ids.count - 5)
        #expect(slots.allSatisfy { $0 >= 5 })
        #expect(slots.map { ids[Int($0)] } == ids[5...].sorted())
    }

    @Test func radixSortCarriesValuesStably() {
        var keys: [UInt64] = [0x0300_0000_0000_0001, 7, 0x0300_0000_0000_0001, 0, 7, .max, 0x0200_0000_0000_0000]
        var values: [Int32] = [0, 1, 2, 3, 4, 5, 6]
        RadixSort.sort(keys: &keys, carrying: &values)
        #expect(keys == [0, 7, 7, 0x0200_0000_0000_0000, 0x0300_0000_0000_0001, 0x0300_0000_0000_0001, .max])
        #expect(values == [3, 1, 4, 6, 0, 2, 5])
    }
}
