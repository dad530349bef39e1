import Foundation
import Testing
import CollectKit

/// The fuzzers' committed JSON seeds must stay valid documents: a seed the decoder rejects
/// only exercises the first error path, and the fuzzer would never reach the validation
/// behind it.
@Suite struct FuzzSeedCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus")

    func seeds(_ target: String) throws -> [Data] {
        let folder = Self.corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    @Test func portfolioDocumentSeedsLoad() throws {
        let seeds = try seeds("FuzzPortfolioDocument")
        #expect(seeds.count >= 2)
        for seed in seeds {
            let (document, snapshot) = try PortfolioDocument.load(json: seed)
            #expect(!document.customers.isEmpty)
            #expect(snapshot.receivableCount > 0 && snapshot.paymentCount > 0)
        }
    }

    @Test func collectionSnapshotSeedsDecodeWithEveryKindOfRecord() throws {
        let seeds = try seeds("FuzzCollectionSnapshot")
        #expect(!seeds.isEmpty)
        for seed in seeds {
            let snapshot = try CollectionSnapshot(jsonRepresentation: seed)
            #expect(snapshot.customerCount > 0 && snapshot.promiseCount > 0 && snapshot.paymentCount > 0)
        }
    }

    @Test func binarySnapshotAndJournalSeedsDecode() throws {
        let folder = Self.corpus.appendingPathComponent("FuzzBinarySnapshot")
        let snapshot = try CollectionSnapshot(binaryRepresentation: Data(contentsOf: folder.appendingPathComponent("snapshot.bin")))
        #expect(snapshot.promiseCount == 4 && snapshot.paymentCount == 2)
        let journal = try JournalEntry.entries(fromBinary: Data(contentsOf: folder.appendingPathComponent("journal.bin")))
        #expect(Set(journal.map(\.change.kind)).count >= 8)
    }

    @Test func amountSeedsParseWithTheHarnessOptions() throws {
        let currencies: [Currency] = [.cny, .usd, .jpy, .inr, .hkd, .eur]
        var parsed = 0
        for seed in try seeds("FuzzAmountParsing") {
            let flags = try #require(seed.first)
            let parser = MoneyParser(defaultCurrency: currencies[Int(flags) % currencies.count],
                                     allowsNegative: flags & 0x08 != 0, allowsIndianGrouping: flags & 0x10 != 0,
                                     allowsColloquialDigit: flags & 0x20 != 0)
            if (try? parser.parse(String(decoding: seed.dropFirst(), as: UTF8.self))) != nil { parsed += 1 }
        }
        #expect(parsed >= 20)
    }
}
