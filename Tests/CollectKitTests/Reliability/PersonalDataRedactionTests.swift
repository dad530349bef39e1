import Foundation
import Testing
@testable import CollectKit

/// Names, phone numbers, e-mail addresses and the customer's own words never reach
/// `description`, `debugDescription`, `dump` or a `Mirror`'s children; events and errors carry identifiers instead.
@Suite struct PersonalDataRedactionTests {
    static let name = "王建国"
    static let phone = "13800138000"
    static let email = "wang.jianguo@example.cn"
    static let decider = "李娜"
    static let words = "王建国说下周一定付,打我手机13800138000"
    static let secrets = [name, phone, email, decider, "wang.jianguo"]

    private func day(_ text: String) throws(CollectKitError) -> CalendarDate { try CalendarDate(iso8601: text) }
    private func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: .cny) }

    /// Fails naming the secret and the rendering that leaked it.
    private func expectRedacted(_ value: Any, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var dumped = ""
        dump(value, to: &dumped)
        let renderings = ["description": String(describing: value), "debugDescription": String(reflecting: value),
                          "interpolation": "\(value)", "dump": dumped, "mirror": Mirror(reflecting: value).children.map {
                              String(reflecting: $0.value) }.joined(separator: ", ")]
        for (kind, text) in renderings {
            for secret in Self.secrets {
                #expect(!text.contains(secret), "\(what).\(kind) leaks \(secret): \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    private func profile() -> StandardCustomer {
        var attributes = CustomerAttributes()
        attributes[.init("mobile")] = Self.phone
        attributes[.init("email")] = Self.email
        attributes[.init("region")] = "华东"
        return StandardCustomer(customerID: "C-7", creditStanding: .fair, relationshipTier: .core, attributes: attributes)
    }

    private func promise() throws -> StandardPromise {
        try StandardPromise(promiseID: "PR-1", customerID: "C-7", amount: yuan(50_000), promisedDate: day("2026-11-20"),
                           madeOn: day("2026-11-10"), collectorID: "alice", customerWords: Self.words,
                           evidence: "WeChat from " + Self.email)
    }

    private func engine() async throws -> CollectionEngine {
        let engine = CollectionEngine(configuration: CollectionConfiguration())
        try await engine.upsert(profile())
        try await engine.record(Receivable(id: "R-1", customerID: "C-7", amount: yuan(80_000),
                                           issueDate: day("2026-09-01"), dueDate: day("2026-10-31")))
        try await engine.record(promise())
        try await engine.record(ContactRecord(customerID: "C-7", collectorID: "alice", date: day("2026-11-10"), channel: .call))
        try await engine.assign("alice", to: "C-7")
        return engine
    }

    @Test func customerProfileAndItsAttributesRedactNamesPhonesAndEmails() {
        let profile = profile()
        expectRedacted(profile, "StandardCustomer")
        expectRedacted(profile.attributes, "CustomerAttributes")
        expectRedacted([profile], "[StandardCustomer]")
        // The id is still there to correlate logs, and the attributes' names are listed.
        #expect(String(describing: profile).contains("C-7"))
        #expect(profile.attributes.description == "CustomerAttributes(email, mobile, region; values: <redacted>)")
        // Reading the data explicitly still works.
        #expect(profile.attributes[CustomerAttributes.Key<String>("mobile")] == Self.phone)
    }

    @Test func promisesKeepTheCustomersWordsOutOfLogs() throws {
        let promise = try promise()
        expectRedacted(promise, "StandardPromise")
        #expect(promise.description.contains("words: <redacted>"))
        var ledger = CollectionLedger()
        try ledger.record(promise)
        expectRedacted(ledger, "CollectionLedger")
        // The engine's store keeps no words at all: they are the host's personal data.
        #expect(ledger.promise("PR-1")?.customerWords == nil)
    }

    @Test func portfolioDocumentSnapshotsAndJournalsCarryNoPersonalData() async throws {
        let document = PortfolioDocument(asOf: try day("2026-11-27"), customers: [profile()], receivables: [], payments: [])
        expectRedacted(document, "PortfolioDocument")
        let engine = try await engine()
        let snapshot = await engine.snapshot()
        expectRedacted(snapshot, "CollectionSnapshot")
        let facts = try await engine.facts(for: "C-7", asOf: day("2026-11-27"))
        expectRedacted(facts, "CustomerCollectionFacts")
        #expect(facts.description.contains("C-7"))
        // Not redacted but absent: the engine never had the name, the decider or the words.
        for bytes in [try snapshot.jsonRepresentation(), snapshot.binaryRepresentation(),
                      JournalEntry.binaryRepresentation(of: try await engine.entries(after: 0))] {
            let text = String(decoding: bytes, as: UTF8.self)
            for secret in [Self.name, Self.words, Self.decider] { #expect(!text.contains(secret)) }
        }
    }

    @Test func messageContextReviewAndFindingsRedactTheAddresseeAndDraft() throws {
        let context = MessageContext(approvedIncentives: ["季度返点2%"], amountOwed: yuan(180_000),
                                     agreedDates: [try day("2026-12-05")], statementReference: "INV-5521",
                                     addressee: Self.name)
        expectRedacted(context, "MessageContext")
        let draft = "\(Self.name)您好,不好意思打扰了,您看方便的话能不能先付一部分?有事打我\(Self.phone)"
        let review = try StandardMessageReviewer().review(draft, context: context)
        #expect(!review.findings.isEmpty)
        expectRedacted(review, "MessageReview")
        for finding in review.findings { expectRedacted(finding, "MessageFinding(\(finding.flag))") }
        #expect(review.draft == draft)
    }

    @Test func excuseAssessmentsRedactTheMatchedWords() throws {
        let classifier = try StandardExcuseClassifier.bundled()
        let text = "\(Self.name)这边最近资金紧张,回款慢,下个月再付吧,有事打\(Self.phone)"
        let assessment = classifier.assess(text)
        let evidence = try #require(assessment.evidence.first)
        #expect(text.contains(evidence.text))
        expectRedacted(assessment, "ExcuseAssessment")
        #expect(!String(describing: assessment).contains(evidence.text))
        #expect(!String(reflecting: evidence).contains(evidence.text))
        #expect(evidence.description.contains("<redacted>"))
    }

    @Test func eventsAndSignalsCarryIdentifiersOnly() throws {
        var ledger = PromiseLedger()
        try ledger.record(promise())
        try ledger.record(StandardPromise(promiseID: "PR-2", customerID: "C-7", amount: yuan(10_000), promisedDate: day("2026-11-25"),
                                         madeOn: day("2026-11-21"), collectorID: "bob", customerWords: Self.words))
        let events = ledger.evaluate(asOf: try day("2026-12-31"))
        #expect(events.map(\.kind).contains(.broken))
        for event in events { expectRedacted(event, "PromiseEvent") }
        for event in events { expectRedacted(CollectionEvent.promise(event), "CollectionEvent") }
        let signals = ledger.signals(asOf: try day("2026-12-31"))
        for signal in signals { expectRedacted(signal, "PromiseSignal") }
        let encoded = String(decoding: try JSONEncoder().encode(events), as: UTF8.self)
        #expect(!encoded.contains(Self.phone) && !encoded.contains(Self.name))
        #expect(encoded.contains("PR-1"))
    }

    @Test func errorsAboutRecordsWithPersonalDataNameTheirIdentifiers() async throws {
        let engine = try await engine()
        var errors: [CollectKitError] = []
        // A promise re-recorded with other content, a promise of an unknown customer, a
        // renegotiation of an unknown promise: each error names ids, never the words.
        let conflicting = try StandardPromise(promiseID: "PR-1", customerID: "C-7", amount: yuan(1), promisedDate: day("2026-11-20"),
                                             madeOn: day("2026-11-10"), collectorID: "alice",
                                             customerWords: Self.words + " " + Self.email)
        let stranger = try StandardPromise(promiseID: "PR-9", customerID: "C-404", amount: yuan(1), promisedDate: day("2026-11-20"),
                                          madeOn: day("2026-11-10"), collectorID: "alice", customerWords: Self.words)
        do { try await engine.record(conflicting) } catch { errors.append(error) }
        do { try await engine.record(stranger) } catch { errors.append(error) }
        do { try await engine.renegotiate("PR-404", with: stranger) } catch { errors.append(error) }
        do { _ = try await engine.facts(for: "C-404", asOf: day("2026-11-27")) } catch { errors.append(error) }
        #expect(errors.count == 4)
        for error in errors {
            expectRedacted(error, "CollectKitError(\(error.kind))")
            #expect(!error.value.contains(Self.words) && !error.reason.contains(Self.words))
        }
        #expect(errors.map(\.kind).contains(.duplicateIdentifier))
        #expect(errors.map(\.value).contains("PR-1"))
    }
}
