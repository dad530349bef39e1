import Foundation
import Testing
import CollectKitTesting
@testable import CollectKit

/// The change journal: what a host stores, how an engine restores from it, and how the two
/// stay in step when the host's transaction fails or the process dies between the writes.
@Suite struct JournalTests {
    static let day = CalendarDate(daysSinceEpoch: 20_784)

    /// A seeded stream of changes with invalid ones mixed in: unknown customers, duplicate ids
    /// with other content, second currencies, allocations to other customers' receivables,
    /// payments toward unknown promises, cancellations of unknown promises.
    static func operations(seed: UInt64, count: Int) -> [CollectionChange] {
        let tenant = SyntheticPortfolio(seed: seed, customerCount: 40, receivableCount: 300, promiseCount: 120, paymentCount: 160,
                                        asOf: day)
        var rng = SeededRandomNumberGenerator(seed: seed &* 977)
        var operations: [CollectionChange] = []
        for change in tenant.allChanges.prefix(count) {
            operations.append(change)
            guard rng.next() % 4 == 0 else { continue }
            let bad: CollectionChange? = switch rng.next() % 6 {
            case 0: try? .receivable(Receivable(id: ReceivableID("R-GHOST-\(operations.count)"), customerID: "NOBODY", amount: Money(minorUnits: 5, currency: .cny),
                                                issueDate: day, dueDate: day))
            case 1: change.kind == .receivable ? try? .receivable(Receivable(
                id: { if case .receivable(let r) = change { r.id } else { "X" } }(), customerID: SyntheticPortfolio.customerID(0),
                amount: Money(minorUnits: 1, currency: .cny), issueDate: day, dueDate: day)) : nil
            case 2: try? .payment(Payment(id: PaymentID("Y-USD-\(operations.count)"), customerID: SyntheticPortfolio.customerID(0),
                                          amount: Money(minorUnits: 5, currency: .usd), date: day), toward: nil)
            case 3: try? .payment(Payment(id: PaymentID("Y-FOREIGN-\(operations.count)"), customerID: SyntheticPortfolio.customerID(1),
                                          amount: Money(minorUnits: 5, currency: .cny), date: day,
                                          allocations: [.init(receivableID: "R00000000", amount: Money(minorUnits: 5, currency: .cny))]),
                                  toward: nil)
            case 4: try? .payment(Payment(id: PaymentID("Y-TARGET-\(operations.count)"), customerID: SyntheticPortfolio.customerID(2),
                                          amount: Money(minorUnits: 5, currency: .cny), date: day), toward: "P-NOWHERE")
            default: .promiseCancelled("P-NOWHERE", on: day)
            }
            if let bad { operations.append(bad) }
        }
        return operations
    }

    /// Records every operation one call at a time, returning the entries of those accepted.
    static func record(_ operations: [CollectionChange], into engine: CollectionEngine) async -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for operation in operations {
            let before = await engine.snapshot()
            do {
                if let entry = try await engine.record(contentsOf: [operation]).first { entries.append(entry) }
            } catch {
                // A rejected call leaves the engine exactly as it was.
                #expect(await engine.snapshot() == before, "\(operation.kind) rejected with \(error.kind) but changed the engine")
            }
        }
        return entries
    }

    /// Random sequences of valid and invalid operations give the same state as replaying only
    /// the accepted ones; an engine restored from the journal, from a snapshot plus the rest of
    /// it, and from the binary and JSON encodings equals the live one.
    @Test(arguments: [3, 4, 5] as [UInt64])
    func replayingTheAcceptedChangesGivesTheLiveState(seed: UInt64) async throws {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        let operations = Self.operations(seed: seed, count: 660)
        let entries = await Self.record(operations, into: engine)
        _ = await engine.evaluate(asOf: Self.day)
        let all = try await engine.entries(after: 0)
        #expect(all.count == entries.count + 1)
        #expect(operations.count > entries.count + 100)
        #expect(all.map(\.sequence) == Array(1...UInt64(all.count)))
        let live = await engine.snapshot()

        let accepted = CollectionEngine(configuration: CollectionConfiguration())
        try await accepted.record(contentsOf: entries.map(\.change))
        _ = await accepted.evaluate(asOf: Self.day)
        #expect(await accepted.snapshot() == live)

        let replayed = try CollectionEngine(configuration: CollectionConfiguration(), restoring: nil, replaying: all)
        #expect(await replayed.snapshot() == live)

        let middle = all.count / 2
        let partial = try CollectionEngine(configuration: CollectionConfiguration(), restoring: nil, replaying: all.prefix(middle))
        let compacted = await partial.snapshot()
        let resumed = try CollectionEngine(configuration: CollectionConfiguration(), restoring: compacted, replaying: all)
        #expect(await resumed.snapshot() == live)

        let binary = try JournalEntry.entries(fromBinary: JournalEntry.binaryRepresentation(of: all))
        #expect(binary == all)
        let json = try JSONDecoder().decode([JournalEntry].self, from: JSONEncoder().encode(all))
        #expect(json == all)
        #expect(try CollectionSnapshot(binaryRepresentation: live.binaryRepresentation()) == live)
        #expect(try CollectionSnapshot(jsonRepresentation: live.jsonRepresentation()) == live)
        // The restored engines plan and rank as the live one does.
        #expect(await replayed.worklist(asOf: Self.day).actions == engine.worklist(asOf: Self.day).actions)
    }

    /// A journal that skips a number, or holds an entry the engine cannot apply, is refused
    /// whole, naming the entry; entries the engine already holds are skipped, and one that
    /// differs from the held entry under its number is a conflict.
    @Test func aBrokenJournalIsRefusedWholeNamingTheEntry() async throws {
        let source = CollectionEngine(configuration: CollectionConfiguration())
        try await source.record(contentsOf: SyntheticPortfolio(seed: 8, customerCount: 40, receivableCount: 300, promiseCount: 120,
                                                               paymentCount: 160, asOf: Self.day).allChanges.prefix(80))
        let entries = try await source.entries(after: 0)
        #expect(entries.count > 50)

        let target = CollectionEngine(configuration: CollectionConfiguration())
        let gap = Array(entries.prefix(10)) + entries.dropFirst(11)
        do { try await target.replay(gap); Issue.record("accepted a gap") } catch {
            #expect(error.kind == .invalidData)
            #expect(error.field == "journal[12]")
        }
        #expect(await target.lastSequence == 0)
        #expect(await target.snapshot() == CollectionEngine(configuration: CollectionConfiguration()).snapshot())

        // As entry 2, a receivable of a customer the engine never heard of: refused, with its number.
        let fresh = CollectionEngine(configuration: CollectionConfiguration())
        try await fresh.replay(entries.prefix(1))
        let stranger = try #require(entries.first { $0.change.kind == .receivable && $0.change.customerID != entries[0].change.customerID })
        do { try await fresh.replay([JournalEntry(sequence: 2, change: stranger.change)]); Issue.record("accepted an orphan") } catch {
            #expect(error.kind == .unknownReference)
            #expect(error.field.hasPrefix("journal[2]."))
        }
        #expect(await fresh.lastSequence == 1)

        // Replaying what is already held changes nothing; a different entry under a held number conflicts.
        try await target.replay(entries)
        let held = await target.snapshot()
        #expect(try await target.replay(entries) == 0)
        #expect(await target.snapshot() == held)
        let forged = JournalEntry(sequence: 5, change: .paymentToOtherSupplier(customer: SyntheticPortfolio.customerID(0)))
        do { try await target.replay([forged]); Issue.record("accepted a conflict") } catch {
            #expect(error.kind == .invalidData)
            #expect(error.field == "journal[5]")
        }
    }

    /// A host that writes each entry with its own row in one transaction: when the
    /// transaction fails the engine rolls back to the number before; when the process dies
    /// between the two writes, the restart restores from what the store committed. Whatever
    /// happens, the engine ends equal to the store, and nothing acknowledged is lost.
    @Test(arguments: [21, 22, 23] as [UInt64])
    func crashesAndFailedCommitsLeaveTheEngineEqualToTheStore(seed: UInt64) async throws {
        /// The host's store: a snapshot, the journal after it and the rows it acknowledged.
        struct Store {
            var snapshot: CollectionSnapshot?
            var journal: [JournalEntry] = []
            var acknowledged: [CollectionChange] = []
            func restore() throws -> CollectionEngine {
                try CollectionEngine(configuration: CollectionConfiguration(), restoring: snapshot, replaying: journal)
            }
        }
        var rng = SeededRandomNumberGenerator(seed: seed)
        var store = Store()
        var engine = try store.restore()
        var failedCommits = 0, crashesBeforeCommit = 0, crashesAfterCommit = 0, compactions = 0
        for operation in Self.operations(seed: seed, count: 500) {
            let entry: JournalEntry?
            do { entry = try await engine.record(contentsOf: [operation]).first } catch { continue }
            guard let entry else { continue }
            switch rng.next() % 20 {
            case 0:
                // The host's transaction fails: the entry is not stored; the engine forgets it.
                failedCommits += 1
                try await engine.rollback(to: entry.sequence - 1)
            case 1:
                // The process dies after the engine applied the change, before the commit.
                crashesBeforeCommit += 1
                engine = try store.restore()
            case 2:
                // The process dies after the commit, before anything else.
                store.journal.append(entry)
                store.acknowledged.append(operation)
                crashesAfterCommit += 1
                engine = try store.restore()
            case 3:
                store.journal.append(entry)
                store.acknowledged.append(operation)
                // Compaction: a snapshot at the latest number, the journal before it dropped.
                store.snapshot = await engine.snapshot()
                store.journal.removeAll()
                await engine.acknowledge(through: entry.sequence)
                compactions += 1
            default:
                store.journal.append(entry)
                store.acknowledged.append(operation)
            }
            #expect(await engine.lastSequence == (store.journal.last?.sequence ?? store.snapshot?.sequence ?? 0))
        }
        #expect(failedCommits > 0 && crashesBeforeCommit > 0 && crashesAfterCommit > 0 && compactions > 0)
        let restored = try store.restore()
        #expect(await restored.snapshot() == engine.snapshot())
        // Exactly the acknowledged changes, each once.
        let fromScratch = CollectionEngine(configuration: CollectionConfiguration())
        try await fromScratch.record(contentsOf: store.acknowledged)
        #expect(await fromScratch.snapshot() == engine.snapshot())
    }

    /// The engine keeps only its journal window: rolling back further, or asking for entries
    /// it has forgotten, is a typed error and changes nothing.
    @Test func theWindowBoundsRollbackAndRetainedEntries() async throws {
        var configuration = CollectionConfiguration()
        configuration.journalWindow = 5
        let engine = CollectionEngine(configuration: configuration)
        try await engine.record(contentsOf: SyntheticPortfolio(seed: 1, customerCount: 3, receivableCount: 9, asOf: Self.day).allChanges)
        #expect(await engine.lastSequence == 12)
        #expect(try await engine.entries(after: 7).map(\.sequence) == [8, 9, 10, 11, 12])
        await #expect(throws: CollectKitError.self) { try await engine.entries(after: 6) }
        let before = await engine.snapshot()
        do { try await engine.rollback(to: 6); Issue.record("rolled back past the window") } catch {
            #expect(error.kind == .invalidArgument)
        }
        #expect(await engine.snapshot() == before)
        try await engine.rollback(to: 9)
        #expect(await engine.lastSequence == 9)
        #expect(await engine.snapshot().receivableCount == 6)
        await engine.acknowledge(through: 8)
        await #expect(throws: CollectKitError.self) { try await engine.rollback(to: 7) }
    }
}
