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
            let (document, ledger) = try PortfolioDocument.load(json: seed)
            #expect(!document.customers.isEmpty)
            #expect(!ledger.receivables.isEmpty && !ledger.payments.isEmpty)
        }
    }

    @Test func collectionPortfolioSeedDecodesWithEveryKindOfRecord() throws {
        for seed in try seeds("FuzzCollectionPortfolio") {
            let portfolio = try JSONDecoder().decode(CollectionPortfolio.self, from: seed)
            #expect(!portfolio.customers.isEmpty && portfolio.promises.promiseCount > 0)
            #expect(!portfolio.excuses.isEmpty && !portfolio.asks.isEmpty && !portfolio.assignments.isEmpty)
        }
    }

    @Test func ledgerSnapshotSeedsDecode() throws {
        let folder = "FuzzLedgerSnapshot"
        let snapshot = try Data(contentsOf: Self.corpus.appendingPathComponent("\(folder)/promise-ledger.json"))
        let ledger = try PromiseLedger.fromJSONSnapshot(snapshot)
        #expect(ledger.promiseCount == 4 && ledger.paymentCount == 2)
        let receivables = try Data(contentsOf: Self.corpus.appendingPathComponent("\(folder)/receivables-ledger.json"))
        #expect(try JSONDecoder().decode(ReceivablesLedger.self, from: receivables).payments.count == 1)
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
