import Testing
import CollectKitTesting
@testable import CollectKit

/// The fast customer-id sort behind `evaluate(asOf:)` gives exactly `CustomerID`'s order.
@Suite struct PromiseCustomerOrderTests {
    static func expectSameOrder(_ raw: [String]) {
        let ids = raw.map { CustomerID(rawValue: $0) }
        let fast = PromiseLedger.sortedByID(0..<Int32(ids.count), ids: ids).map { ids[Int($0)] }
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
}
