import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import CollectKit
import CollectKitTraining

/// One malformed, huge or adversarial input to a public entry point, and what it must give.
struct HostileCase: Sendable, CustomTestStringConvertible {
    enum Expected: Sendable, Equatable {
        /// A result, checked inside `run` where there is something to check.
        case valid
        /// A `CollectKitError` of this kind.
        case error(CollectKitError.Kind)
        /// A `DecodingError`: only for the plain `Decodable` path (`JSONDecoder().decode`) on
        /// bytes that are not the right JSON shape, which the `Codable` contract reports that way.
        case decodingError
    }

    let entryPoint: String
    let input: String
    let expected: Expected
    let run: @Sendable () async throws -> Void

    var testDescription: String { "\(entryPoint): \(input)" }
}

/// Raised by a case's own checks on a returned value, so a wrong result is not mistaken for `.valid`.
extension CollectKitError.Kind {
    static let catalogueCheckFailed = Self(code: "catalogue_check_failed")
}

private func check(_ condition: Bool, _ what: String) throws(CollectKitError) {
    guard condition else { throw CollectKitError(kind: .catalogueCheckFailed, field: "check", value: what, reason: "failed") }
}

private func day(_ text: String) throws(CollectKitError) -> CalendarDate { try CalendarDate(iso8601: text) }
private func cny(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .cny) }
private func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usd) }
private let megabyte = 1 << 20

private func receivable(_ id: String, customer: String = "C1", _ amount: Money, issued: String = "2026-01-01",
                        due: String = "2026-02-01") throws(CollectKitError) -> Receivable {
    try Receivable(id: ReceivableID(id), customerID: CustomerID(customer), amount: amount,
                   issueDate: day(issued), dueDate: day(due))
}

private func payment(_ id: String, customer: String = "C1", _ amount: Money, on date: String = "2026-01-15",
                     allocations: [Payment.Allocation] = []) throws(CollectKitError) -> Payment {
    try Payment(id: PaymentID(id), customerID: CustomerID(customer), amount: amount, date: day(date), allocations: allocations)
}

private func promise(_ id: String, customer: String = "C1", _ amount: Money, by date: String = "2026-03-10",
                     madeOn: String = "2026-03-01", words: String? = nil) throws(CollectKitError) -> StandardPromise {
    try StandardPromise(promiseID: PromiseID(id), customerID: CustomerID(customer), amount: amount, promisedDate: day(date),
                       madeOn: day(madeOn), collectorID: "alice", customerWords: words)
}

private func json(_ text: String) -> Data { Data(text.utf8) }

private let customerJSON = #"{"id":"C1","displayName":"x","creditStanding":"good","relationshipTier":"core","paymentTerms":{"netDays":60},"attributes":{"storage":{}}}"#

private func documentJSON(version: String = "1", customers: [String] = [customerJSON], receivables: [String] = [],
                          payments: [String] = []) -> Data {
    json(#"{"schemaVersion":\#(version),"asOf":"2026-11-27","customers":[\#(customers.joined(separator: ","))],"#
         + #""receivables":[\#(receivables.joined(separator: ","))],"payments":[\#(payments.joined(separator: ","))]}"#)
}

private func receivableJSON(id: String = "R1", customer: String = "C1", minor: String = "100", currency: String = "\"CNY\"",
                            issued: String = "2026-01-01", due: String = "2026-02-01") -> String {
    #"{"id":"\#(id)","customerID":"\#(customer)","kind":"invoice","amount":{"minorUnits":\#(minor),"currency":\#(currency)},"#
        + #""issueDate":"\#(issued)","dueDate":"\#(due)"}"#
}

private func facts(_ items: [OpenItem], promises: PromiseRecord = .none, asks: [AskOutcome] = [],
                   excuses: [ExcuseUse] = [], paymentsToOthers: Int = 0, lastContact: CalendarDate? = nil,
                   id: String = "C1") -> CustomerCollectionFacts {
    CustomerCollectionFacts(customer: StandardCustomer(customerID: CustomerID(id)), openItems: items,
                            promises: promises, askHistory: asks, excuses: excuses,
                            hasCompetingCreditors: paymentsToOthers > 0, knownPaymentsToOthers: paymentsToOthers,
                            lastContactDate: lastContact, collector: "alice")
}

private func plan(_ facts: CustomerCollectionFacts, asOf: String = "2026-11-27") throws -> Void {
    let plan = try CollectionPlanner().plan(for: facts, asOf: day(asOf))
    for line in plan.lines {
        if let request = line.request {
            try check(request.amount.minorUnits <= line.owed.minorUnits, "ask ≤ owed")
            try check(line.installments.reduce(Int64(0)) { $0 + $1.amount.minorUnits } == request.amount.minorUnits,
                      "installments sum to the ask")
        }
    }
}

private func assessExcuse(_ text: String, context: ExcuseContext = ExcuseContext()) throws {
    guard let classifier = try? StandardExcuseClassifier.bundled() else { throw CollectKitError(kind: .invalidData, field: "model", value: "", reason: "not bundled") }
    let assessment = classifier.assess(text, context: context)
    try check((0...10_000).contains(assessment.confidence.value), "confidence in 0…10,000 basis points")
    try check(assessment.evidence.allSatisfy { text[$0.range] == $0.text }, "evidence ranges point into the text")
}

/// Built once: the reviewer parses its lexicon when created.
private let sharedReviewer = try? StandardMessageReviewer()

private func review(_ draft: String, context: MessageContext? = nil) throws {
    guard let reviewer = sharedReviewer else { throw CollectKitError(kind: .invalidData, field: "lexicon", value: "", reason: "not bundled") }
    let review = reviewer.review(draft, context: context)
    try check(review.draft == draft, "the draft is kept")
    for finding in review.findings {
        try check(draft[finding.span] == finding.text, "finding spans point into the draft")
        _ = finding.rewrite
    }
}

enum HostileInputCatalogue {
    static let amounts: [HostileCase] = {
        func parse(_ input: String, _ label: String? = nil, _ expected: HostileCase.Expected = .error(.invalidAmount),
                   currency: Currency = .cny, equals minor: Int64? = nil) -> HostileCase {
            HostileCase(entryPoint: "Money.parse", input: label ?? input.debugDescription, expected: expected) {
                let money = try Money.parse(input, currency: currency)
                if let minor { try check(money.minorUnits == minor, "\(input) = \(minor)") }
            }
        }
        return [
            parse(""), parse("   "), parse("1..2"), parse("1,2,3"), parse(",100"), parse("100,"), parse("1e5"),
            parse("NaN"), parse("∞"), parse("\u{0}"), parse("١٢٣", "Arabic-Indic digits"), parse("RMB"), parse("USD-5"),
            parse("-5", "a minus sign without allowsNegative"), parse("1.234", currency: .usd),
            parse("¥5美元", "prefix and suffix currencies disagree"), parse("18万亿"), parse("兆"), parse("一亿亿"),
            parse("1\u{301}00", "a combining accent inside the digits"), parse("\u{202E}100", "a right-to-left override"),
            parse("99999999999999999999", "20 nines (overflows Int64)"), parse("92233720368547758.08", "Int64.max + 1 fen"),
            parse(String(repeating: "9", count: megabyte), "1 MB of digits"),
            parse(String(repeating: "十", count: 199), "199 × 十"), parse("1" + String(repeating: "0", count: 199), "1e199"),
            parse(String(repeating: "万", count: megabyte), "1 MB of 万"),
            parse("92233720368547758.07", "exactly Int64.max fen", .valid, equals: .max),
            parse("1.230", "trailing zero decimal", .valid, currency: .usd, equals: 123),
            parse("18万5", "colloquial digit", .valid, equals: 18_500_000),
            parse("１８万", "full-width digits", .valid, equals: 18_000_000),
            HostileCase(entryPoint: "MoneyParser(maximumLength: 10_000_000)", input: "1 MB of digits", expected: .error(.invalidAmount)) {
                _ = try MoneyParser(defaultCurrency: .cny, maximumLength: 10_000_000).parse(String(repeating: "7", count: megabyte))
            },
            HostileCase(entryPoint: "Money(major:)", input: "Int64.max CNY", expected: .error(.overflow)) {
                _ = try Money(major: .max, currency: .cny)
            },
            HostileCase(entryPoint: "Money.adding", input: "Int64.max + 1", expected: .error(.overflow)) {
                _ = try cny(.max).adding(cny(1))
            },
            HostileCase(entryPoint: "Money.negated", input: "Int64.min", expected: .error(.overflow)) {
                _ = try cny(.min).negated()
            },
            HostileCase(entryPoint: "Money.adding", input: "CNY + USD", expected: .error(.currencyMismatch)) {
                _ = try cny(1).adding(usd(1))
            },
            HostileCase(entryPoint: "Money.allocated(into:)", input: "0 parts", expected: .error(.invalidArgument)) {
                _ = try cny(100).allocated(into: 0)
            },
            HostileCase(entryPoint: "Money.allocated(byRatios:)", input: "[Int64.max, Int64.max]", expected: .error(.invalidArgument)) {
                _ = try cny(100).allocated(byRatios: [.max, .max])
            },
            HostileCase(entryPoint: "Money.divided(by:)", input: "0", expected: .error(.invalidArgument)) {
                _ = try cny(100).divided(by: 0, rounding: .halfUp)
            },
            HostileCase(entryPoint: "Rate", input: "1/0", expected: .error(.invalidArgument)) {
                _ = try Rate(numerator: 1, denominator: 0)
            },
        ]
    }()

    static let datesIdentifiersCurrencies: [HostileCase] = {
        func date(_ input: String, _ label: String? = nil, _ expected: HostileCase.Expected = .error(.invalidDate)) -> HostileCase {
            HostileCase(entryPoint: "CalendarDate(iso8601:)", input: label ?? input.debugDescription, expected: expected) {
                _ = try CalendarDate(iso8601: input)
            }
        }
        func identifier(_ input: String, _ label: String, _ expected: HostileCase.Expected = .error(.invalidIdentifier)) -> HostileCase {
            HostileCase(entryPoint: "CustomerID.validated", input: label, expected: expected) {
                _ = try CustomerID.validated(input)
            }
        }
        func currency(_ code: String, _ exponent: Int = 2, _ label: String? = nil,
                      _ expected: HostileCase.Expected = .error(.invalidCurrency)) -> HostileCase {
            HostileCase(entryPoint: "Currency(code:minorUnitExponent:)", input: label ?? "\(code.debugDescription), \(exponent)",
                        expected: expected) {
                _ = try Currency(code: code, minorUnitExponent: exponent)
            }
        }
        return [
            date(""), date("2026-02-30"), date("2026-13-01"), date("0000-01-01"), date("2026-1-1"), date("2026-02-29"),
            date("２０２６-01-01", "full-width year"), date("+999-01-01"), date("2026-01-01T00:00:00Z"),
            date(String(repeating: "-", count: megabyte), "1 MB of dashes"),
            date("2024-02-29", "leap day", .valid), date("9999-12-31", "last supported day", .valid),
            HostileCase(entryPoint: "CalendarDate(year:month:day:)", input: "Int.max, 1, 1", expected: .error(.invalidDate)) {
                _ = try CalendarDate(year: .max, month: 1, day: 1)
            },
            HostileCase(entryPoint: "CalendarDate(year:month:day:)", input: "2026, Int.min, 1", expected: .error(.invalidDate)) {
                _ = try CalendarDate(year: 2026, month: .min, day: 1)
            },
            HostileCase(entryPoint: "CalendarDate.adding(days:)", input: "Int32.max + Int.max saturates", expected: .valid) {
                try check(CalendarDate(daysSinceEpoch: .max).adding(days: .max).daysSinceEpoch == .max, "saturates up")
                try check(CalendarDate(daysSinceEpoch: .min).adding(days: .min).daysSinceEpoch == .min, "saturates down")
                try check(CalendarDate(daysSinceEpoch: 5).adding(days: .min).daysSinceEpoch == .min, "Int.min from a positive day")
            },
            HostileCase(entryPoint: "CalendarDate.description", input: "Int32.min and Int32.max days", expected: .valid) {
                _ = CalendarDate(daysSinceEpoch: .min).description + CalendarDate(daysSinceEpoch: .max).description
                try check(CalendarDate(daysSinceEpoch: .min).days(until: CalendarDate(daysSinceEpoch: .max)) == Int(UInt32.max), "span")
            },
            HostileCase(entryPoint: "JSONDecoder CalendarDate", input: "\"2026-02-30\"", expected: .error(.invalidDate)) {
                _ = try JSONDecoder().decode([CalendarDate].self, from: json(#"["2026-02-30"]"#))
            },
            identifier("", "empty"), identifier(" \n\t", "whitespace only"), identifier("\u{3000}", "ideographic space"),
            identifier(String(repeating: "x", count: 257), "257 bytes"), identifier(String(repeating: "王", count: 86), "86 × 王 (258 bytes)"),
            identifier(String(repeating: "x", count: megabyte), "1 MB"),
            identifier(String(repeating: "x", count: 256), "exactly 256 bytes", .valid),
            identifier("C-\u{200B}1", "zero-width space inside", .error(.invalidIdentifier)),
            HostileCase(entryPoint: "JSONDecoder CustomerID", input: "\"\"", expected: .error(.invalidIdentifier)) {
                _ = try JSONDecoder().decode([CustomerID].self, from: json(#"[""]"#))
            },
            currency(""), currency("US"), currency("USDX"), currency("ÜSD"), currency("ßa", 2, "\"ßa\" (upper-cases to SSA)"),
            currency("U$D"), currency("XOF", 5), currency("XOF", -1), currency("XOF", .max),
            currency("usd", 2, "lower case", .valid),
            HostileCase(entryPoint: "JSONDecoder Currency", input: "\"XYZ\" (not in the table)", expected: .error(.invalidCurrency)) {
                _ = try JSONDecoder().decode([Currency].self, from: json(#"["XYZ"]"#))
            },
        ]
    }()

    static let records: [HostileCase] = [
        HostileCase(entryPoint: "Receivable.init", input: "zero amount", expected: .error(.invalidAmount)) {
            _ = try receivable("R", cny(0))
        },
        HostileCase(entryPoint: "Receivable.init", input: "Int64.min amount", expected: .error(.invalidAmount)) {
            _ = try receivable("R", cny(.min))
        },
        HostileCase(entryPoint: "Receivable.init", input: "due before issued", expected: .error(.invalidDate)) {
            _ = try receivable("R", cny(1), issued: "2026-02-02", due: "2026-02-01")
        },
        HostileCase(entryPoint: "Receivable.init", input: "Int64.max amount, first and last days", expected: .valid) {
            _ = try Receivable(id: "R", customerID: "C", amount: cny(.max), issueDate: CalendarDate(daysSinceEpoch: .min),
                               dueDate: CalendarDate(daysSinceEpoch: .max))
        },
        HostileCase(entryPoint: "Payment.init", input: "zero amount", expected: .error(.invalidAmount)) {
            _ = try payment("P", cny(0))
        },
        HostileCase(entryPoint: "Payment.init", input: "allocation in another currency", expected: .error(.currencyMismatch)) {
            _ = try payment("P", cny(10), allocations: [.init(receivableID: "R", amount: usd(5))])
        },
        HostileCase(entryPoint: "Payment.init", input: "allocations above the amount", expected: .error(.invalidAmount)) {
            _ = try payment("P", cny(10), allocations: [.init(receivableID: "R", amount: cny(6)), .init(receivableID: "S", amount: cny(5))])
        },
        HostileCase(entryPoint: "Payment.init", input: "allocations summing past Int64.max", expected: .error(.overflow)) {
            _ = try payment("P", cny(.max), allocations: [.init(receivableID: "R", amount: cny(.max)), .init(receivableID: "S", amount: cny(.max))])
        },
        HostileCase(entryPoint: "Payment.init", input: "zero allocation", expected: .error(.invalidAmount)) {
            _ = try payment("P", cny(10), allocations: [.init(receivableID: "R", amount: cny(0))])
        },
        HostileCase(entryPoint: "Payment.init", input: "100,000 allocations", expected: .valid) {
            let allocations = (0..<100_000).map { Payment.Allocation(receivableID: ReceivableID("R\($0)"), amount: cny(1)) }
            _ = try payment("P", cny(100_000), allocations: allocations)
        },
        HostileCase(entryPoint: "StandardPromise.init", input: "negative amount", expected: .error(.invalidAmount)) {
            _ = try promise("PR", cny(-1))
        },
        HostileCase(entryPoint: "StandardPromise.init", input: "pay-by before made", expected: .error(.invalidDate)) {
            _ = try promise("PR", cny(1), by: "2026-02-01", madeOn: "2026-03-01")
        },
        HostileCase(entryPoint: "StandardPromise.init", input: "replaces itself", expected: .error(.invalidArgument)) {
            _ = try StandardPromise(promiseID: "PR", customerID: "C1", amount: cny(1), promisedDate: day("2026-03-01"),
                                   madeOn: day("2026-03-01"), collectorID: "alice", replaces: "PR")
        },
        HostileCase(entryPoint: "StandardPromise.init", input: "1 MB of customer words", expected: .valid) {
            _ = try promise("PR", cny(1), words: String(repeating: "明天付", count: megabyte / 9))
        },
        HostileCase(entryPoint: "PromisePolicy.init", input: "graceDays -1", expected: .error(.invalidArgument)) {
            _ = try PromisePolicy(graceDays: -1)
        },
        HostileCase(entryPoint: "PromisePolicy.init", input: "graceDays Int.max", expected: .error(.invalidArgument)) {
            _ = try PromisePolicy(graceDays: .max)
        },
        HostileCase(entryPoint: "PromisePolicy.init", input: "keptThreshold 0", expected: .error(.invalidArgument)) {
            _ = try PromisePolicy(keptThresholdBasisPoints: 0)
        },
        HostileCase(entryPoint: "PromisePolicy.init", input: "NaN prior", expected: .error(.invalidArgument)) {
            _ = try PromisePolicy(credibilityPriorKept: .nan)
        },
    ]

    static let ledgers: [HostileCase] = [
        HostileCase(entryPoint: "CollectionEngine.record(Receivable)", input: "billed total past Int64.max", expected: .error(.overflow)) {
            let engine = try await makeEngine(customers: ["C1", "C2"])
            try await engine.record(receivable("R1", cny(.max)))
            try await engine.record(receivable("R2", customer: "C2", cny(1)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "received total past Int64.max", expected: .error(.overflow)) {
            let engine = try await makeEngine()
            try await engine.record(payment("P1", cny(.max)))
            try await engine.record(payment("P2", cny(1)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Receivable)", input: "same id, other content", expected: .error(.duplicateIdentifier)) {
            let engine = try await makeEngine()
            try await engine.record(receivable("R1", cny(5)))
            try await engine.record(receivable("R1", cny(6)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "the same payment twice", expected: .valid) {
            let engine = try await makeEngine()
            try check(try await engine.record(payment("P1", cny(5))) != nil, "journaled once")
            try check(try await engine.record(payment("P1", cny(5))) == nil, "the repeat changes nothing")
            try check(await engine.snapshot().paymentCount == 1, "recorded once")
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "allocation to an unknown receivable", expected: .error(.unknownReference)) {
            let engine = try await makeEngine()
            try await engine.record(payment("P1", cny(5), allocations: [.init(receivableID: "GHOST", amount: cny(5))]))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "allocation to another customer's receivable", expected: .error(.unknownReference)) {
            let engine = try await makeEngine(customers: ["C1", "C2"])
            try await engine.record(receivable("R1", customer: "C2", cny(5)))
            try await engine.record(payment("P1", cny(5), allocations: [.init(receivableID: "R1", amount: cny(5))]))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "USD payment allocated to a CNY receivable", expected: .error(.currencyMismatch)) {
            let engine = try await makeEngine()
            try await engine.record(receivable("R1", cny(5)))
            try await engine.record(payment("P1", usd(5), allocations: [.init(receivableID: "R1", amount: usd(5))]))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "an unallocated USD payment from a CNY customer", expected: .error(.currencyMismatch)) {
            let engine = try await makeEngine()
            try await engine.record(receivable("R1", cny(5)))
            try await engine.record(payment("P1", usd(4_000)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Receivable)", input: "a customer never upserted", expected: .error(.unknownReference)) {
            let engine = try await makeEngine()
            try await engine.record(receivable("R1", customer: "C9", cny(5)))
        },
        HostileCase(entryPoint: "CollectionEngine.upsert", input: "an empty id", expected: .error(.invalidIdentifier)) {
            try await makeEngine().upsert(StandardCustomer(customerID: ""))
        },
        HostileCase(entryPoint: "CollectionEngine.upsert", input: "an id with ESC and BEL", expected: .error(.invalidIdentifier)) {
            try await makeEngine().upsert(StandardCustomer(customerID: "C\u{1B}[2J\u{07}"))
        },
        HostileCase(entryPoint: "CollectionEngine.balance", input: "10,000 receivables and payments of one customer", expected: .valid) {
            let engine = try await makeEngine()
            for index in 0..<10_000 {
                try await engine.record(receivable("R\(index)", cny(100)))
                try await engine.record(payment("P\(index)", cny(99)))
            }
            let balance = try await engine.balance(of: "C1", asOf: try day("2026-12-31"))
            try check(balance.outstanding == cny(10_000), "1 fen left on each")
        },
        HostileCase(entryPoint: "CollectionEngine.record(Promise)", input: "a USD promise after a CNY one", expected: .error(.currencyMismatch)) {
            let engine = try await makeEngine()
            try await engine.record(promise("PR1", cny(5)))
            try await engine.record(promise("PR2", usd(5)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Promise)", input: "same id, other content", expected: .error(.duplicateIdentifier)) {
            let engine = try await makeEngine()
            try await engine.record(promise("PR1", cny(5)))
            try await engine.record(promise("PR1", cny(6)))
        },
        HostileCase(entryPoint: "CollectionEngine.cancelPromise", input: "unknown promise", expected: .error(.unknownReference)) {
            try await makeEngine().cancelPromise("GHOST", on: day("2026-03-01"))
        },
        HostileCase(entryPoint: "CollectionEngine.renegotiate", input: "unknown original", expected: .error(.unknownReference)) {
            try await makeEngine().renegotiate("GHOST", with: promise("PR2", cny(5)))
        },
        HostileCase(entryPoint: "CollectionEngine.record(Payment)", input: "toward an unknown promise", expected: .error(.unknownReference)) {
            try await makeEngine().record(payment("P1", cny(5)), toward: "GHOST")
        },
        HostileCase(entryPoint: "CollectionEngine.evaluate", input: "promises at the last representable day", expected: .valid) {
            var configuration = CollectionConfiguration()
            configuration.promisePolicy = try PromisePolicy(graceDays: 366)
            let engine = try await makeEngine(configuration: configuration)
            let last = CalendarDate(daysSinceEpoch: .max)
            try await engine.record(StandardPromise(promiseID: "PR", customerID: "C1", amount: cny(5), promisedDate: last.adding(days: -1),
                                                   madeOn: last.adding(days: -2), collectorID: "alice"))
            try await engine.record(Payment(id: "P", customerID: "C1", amount: cny(5), date: last))
            _ = await engine.evaluate(asOf: last)
            _ = await engine.signals(for: "C1", asOf: last)
            try check(await engine.status(of: "PR", asOf: last) == .kept, "paid in full on the day")
        },
        HostileCase(entryPoint: "CollectionEngine.record(Promise)", input: "a pay-by date of Int32.max days", expected: .error(.invalidDate)) {
            let last = CalendarDate(daysSinceEpoch: .max)
            try await makeEngine().record(StandardPromise(promiseID: "PR", customerID: "C1", amount: cny(5), promisedDate: last,
                                                     madeOn: last, collectorID: "alice"))
        },
        HostileCase(entryPoint: "CollectionEngine.cancelPromise", input: "on day Int32.max", expected: .error(.invalidDate)) {
            let engine = try await makeEngine()
            try await engine.record(promise("PR1", cny(5)))
            try await engine.cancelPromise("PR1", on: CalendarDate(daysSinceEpoch: .max))
        },
        HostileCase(entryPoint: "CollectionEngine.evaluate", input: "10,000 promises of one customer", expected: .valid) {
            let engine = try await makeEngine()
            for index in 0..<10_000 {
                try await engine.record(promise("PR\(index)", cny(100), by: "2026-03-10", madeOn: "2026-03-01"))
            }
            try await engine.record(payment("P", cny(500_000), on: "2026-03-05"))
            let events = await engine.evaluate(asOf: try day("2026-04-01")).events
            let kept = events.filter { if case .promise(let event) = $0 { event.kind == .kept } else { false } }
            try check(kept.count == 5_000, "half the promises are kept")
        },
        HostileCase(entryPoint: "CollectionEngine.record(contentsOf:)", input: "a batch whose last change fails", expected: .valid) {
            let engine = try await makeEngine()
            let before = await engine.snapshot()
            do {
                try await engine.record(contentsOf: [.receivable(try receivable("R1", cny(5))), .receivable(try receivable("R1", cny(6)))])
                try check(false, "the batch was accepted")
            } catch let error as CollectKitError {
                try check(error.kind == .duplicateIdentifier && error.field.hasPrefix("batch[1]"), "names the failing change")
            }
            try check(await engine.snapshot() == before, "nothing applied")
        },
        HostileCase(entryPoint: "CollectionEngine.replay", input: "an entry out of order", expected: .error(.invalidData)) {
            let source = try await makeEngine()
            let entry = try #require(try await source.record(receivable("R1", cny(5))))
            let target = try await makeEngine()
            try await target.replay([JournalEntry(binaryRepresentation: Self.resequenced(entry, 9))])
        },
        HostileCase(entryPoint: "CollectionEngine.replay", input: "an entry for a customer the target does not know", expected: .error(.unknownReference)) {
            let source = try await makeEngine(customers: ["C7"])            // C7's upsert is entry 1
            try await source.record(receivable("R1", customer: "C7", cny(5)))
            let target = try await makeEngine()                              // C1's upsert is entry 1
            try await target.replay(try await source.entries(after: 1))     // entry 2: a receivable of C7
        },
        HostileCase(entryPoint: "CollectionEngine.rollback", input: "further back than the journal window", expected: .error(.invalidArgument)) {
            var configuration = CollectionConfiguration()
            configuration.journalWindow = 2
            let engine = try await makeEngine(configuration: configuration)
            for index in 0..<5 { try await engine.record(receivable("R\(index)", cny(5))) }
            try await engine.rollback(to: 1)
        },
        HostileCase(entryPoint: "JournalEntry(binaryRepresentation:)", input: "an unknown kind", expected: .error(.invalidData)) {
            var bytes = [UInt8](JournalEntry.binaryRepresentation(of: []))
            bytes = [1] + Array(repeating: 0, count: 8) + [200]
            _ = try JournalEntry(binaryRepresentation: Data(bytes))
        },
        HostileCase(entryPoint: "JournalEntry(binaryRepresentation:)", input: "a newer format", expected: .error(.invalidData)) {
            _ = try JournalEntry(binaryRepresentation: Data([9, 1, 0, 0, 0, 0, 0, 0, 0, 1]))
        },
        HostileCase(entryPoint: "JournalEntry(binaryRepresentation:)", input: "a receivable cut short", expected: .error(.invalidData)) {
            let entry = try #require(try await makeEngine().record(receivable("R1", cny(5))))
            _ = try JournalEntry(binaryRepresentation: entry.binaryRepresentation.dropLast(3))
        },
        HostileCase(entryPoint: "JournalEntry(binaryRepresentation:)", input: "a zero amount", expected: .error(.invalidAmount)) {
            var bytes = [UInt8](try #require(try await makeEngine().record(receivable("R1", cny(5)))).binaryRepresentation)
            // The amount's 8 bytes follow the currency and precede the two dates.
            let amountStart = bytes.count - 8 - 8 - 1
            for index in amountStart..<amountStart + 8 { bytes[index] = 0 }
            _ = try JournalEntry(binaryRepresentation: Data(bytes))
        },
        HostileCase(entryPoint: "JSONDecoder JournalEntry", input: "an unknown kind", expected: .error(.invalidData)) {
            _ = try JSONDecoder().decode(JournalEntry.self, from: json(#"{"sequence":4,"kind":"teleport"}"#))
        },
        HostileCase(entryPoint: "JSONDecoder JournalEntry", input: "a newer format", expected: .error(.invalidData)) {
            _ = try JSONDecoder().decode(JournalEntry.self, from: json(#"{"version":9,"sequence":4,"kind":"receivable"}"#))
        },
    ]

    /// `entry` with another sequence number, through the binary form.
    static func resequenced(_ entry: JournalEntry, _ sequence: UInt64) -> Data {
        var bytes = [UInt8](entry.binaryRepresentation)
        withUnsafeBytes(of: sequence.littleEndian) { for (offset, byte) in $0.enumerated() { bytes[1 + offset] = byte } }
        return Data(bytes)
    }

    /// An engine holding `customers`.
    static func makeEngine(customers: [CustomerID] = ["C1"],
                       configuration: CollectionConfiguration = CollectionConfiguration()) async throws -> CollectionEngine {
        let engine = CollectionEngine(configuration: configuration)
        for customer in customers { try await engine.upsert(StandardCustomer(customerID: customer)) }
        return engine
    }

    static let documents: [HostileCase] = {
        func load(_ label: String, _ data: @autoclosure @escaping @Sendable () -> Data, _ expected: HostileCase.Expected) -> HostileCase {
            HostileCase(entryPoint: "PortfolioDocument.load(json:)", input: label, expected: expected) {
                _ = try PortfolioDocument.load(json: data())
            }
        }
        return [
            load("empty bytes", Data(), .error(.invalidData)),
            load("null", json("null"), .error(.invalidData)),
            load("[]", json("[]"), .error(.invalidData)),
            load("{}", json("{}"), .error(.invalidData)),
            load("invalid UTF-8", Data([0xFF, 0xFE, 0x7B]), .error(.invalidData)),
            load("truncated", documentJSON().dropLast(3), .error(.invalidData)),
            load("NaN literal", json(#"{"schemaVersion":NaN}"#), .error(.invalidData)),
            load("schemaVersion 2", documentJSON(version: "2"), .error(.invalidData)),
            load("schemaVersion as a string", documentJSON(version: "\"1\""), .error(.invalidData)),
            load("schemaVersion 1e40", documentJSON(version: "1e40"), .error(.invalidData)),
            load("a customer listed twice", documentJSON(customers: [customerJSON, customerJSON]), .error(.duplicateIdentifier)),
            load("a receivable of an unlisted customer", documentJSON(receivables: [receivableJSON(customer: "C9")]), .error(.unknownReference)),
            load("an impossible due date", documentJSON(receivables: [receivableJSON(due: "2026-02-30")]), .error(.invalidDate)),
            load("a negative amount", documentJSON(receivables: [receivableJSON(minor: "-5")]), .error(.invalidAmount)),
            load("minorUnits 1e30", documentJSON(receivables: [receivableJSON(minor: "1e30")]), .error(.invalidData)),
            load("minorUnits 1.5", documentJSON(receivables: [receivableJSON(minor: "1.5")]), .error(.invalidData)),
            load("an unknown currency", documentJSON(receivables: [receivableJSON(currency: "\"XYZ\"")]), .error(.invalidCurrency)),
            load("a currency exponent of 9", documentJSON(receivables: [receivableJSON(currency: #"{"code":"XOF","minorUnitExponent":9}"#)]),
                 .error(.invalidCurrency)),
            load("an empty receivable id", documentJSON(receivables: [receivableJSON(id: "")]), .error(.invalidIdentifier)),
            load("two receivables of Int64.max", documentJSON(receivables: [receivableJSON(id: "R1", minor: "9223372036854775807"),
                                                                          receivableJSON(id: "R2", minor: "9223372036854775807")]),
                 .error(.overflow)),
            load("100,000 nested arrays", json(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
                 .error(.invalidData)),
            load("a 4 MB display name", documentJSON(customers: [customerJSON.replacingOccurrences(
                of: #""displayName":"x""#, with: #""displayName":""# + String(repeating: "名", count: megabyte) + "\"")]), .valid),
            load("5,000 customers and receivables", documentJSON(
                customers: (0..<5_000).map { customerJSON.replacingOccurrences(of: #""id":"C1""#, with: #""id":"C\#($0)""#) },
                receivables: (0..<5_000).map { receivableJSON(id: "R\($0)", customer: "C\($0)") }), .valid),
            load("the minimal sample", documentJSON(receivables: [receivableJSON()]), .valid),
        ]
    }()

    static let snapshots: [HostileCase] = {
        func snapshot(_ label: String, _ text: String, _ expected: HostileCase.Expected = .error(.invalidData)) -> HostileCase {
            HostileCase(entryPoint: "CollectionSnapshot(jsonRepresentation:)", input: label, expected: expected) {
                _ = try CollectionSnapshot(jsonRepresentation: json(text))
            }
        }
        func binary(_ label: String, _ bytes: @autoclosure @escaping @Sendable () -> Data) -> HostileCase {
            HostileCase(entryPoint: "CollectionSnapshot(binaryRepresentation:)", input: label, expected: .error(.invalidData)) {
                _ = try CollectionSnapshot(binaryRepresentation: bytes())
            }
        }
        let policy = #"{"graceDays":0,"keptThresholdBasisPoints":10000}"#
        let customer = #"{"customer":{"customerID":"C1","creditStanding":"good","relationshipTier":"core","paymentTerms":{"netDays":30},"attributes":{"storage":{}}}}"#
        @Sendable func document(customers: [String] = [customer], receivables: String = "[]", promises: String = "[]", payments: String = "[]",
                      applications: String = "[]", version: String = "1") -> String {
            #"{"formatVersion":\#(version),"sequence":3,"policy":\#(policy),"customers":[\#(customers.joined(separator: ","))],"receivables":\#(receivables),"promises":\#(promises),"payments":\#(payments),"applications":\#(applications),"contacts":[]}"#
        }
        let receivable = #"{"receivable":\#(receivableJSON()),"open":100}"#
        let promiseJSON = #"{"promise":{"id":"PR1","customerID":"C1","amount":{"minorUnits":500,"currency":"CNY"},"promisedDate":"2026-03-10","madeOn":"2026-03-01","collectorID":"alice","channel":"call"}}"#
        let paymentJSON = #"{"payment":{"id":"P","customerID":"C1","amount":{"minorUnits":5,"currency":"CNY"},"date":"2026-01-01","allocations":[]},"unapplied":5}"#
        let valid = (try? CollectionSnapshot(jsonRepresentation: json(document())))?.binaryRepresentation() ?? Data()
        return [
            snapshot("empty bytes", ""), snapshot("{}", "{}"), snapshot("an array", "[1,2,3]"),
            snapshot("random text", "collect everything"),
            snapshot("formatVersion 2", document(version: "2")),
            snapshot("a customer listed twice", document(customers: [customer, customer])),
            snapshot("a receivable of an unlisted customer", document(customers: [], receivables: "[\(receivable)]")),
            snapshot("a receivable listed twice", document(receivables: "[\(receivable),\(receivable)]")),
            snapshot("an open amount the applications do not explain",
                     document(receivables: #"[{"receivable":\#(receivableJSON()),"open":40}]"#)),
            snapshot("a promise listed twice", document(promises: "[\(promiseJSON),\(promiseJSON)]")),
            snapshot("a reported phase 200", document(promises: "[" + promiseJSON.dropLast() + #","reported":200}]"#)),
            snapshot("a payment toward a promise not listed", document(payments: "[" + paymentJSON.dropLast() + #","toward":"PR9"}]"#)),
            snapshot("an application to a missing receivable",
                     document(payments: "[\(paymentJSON)]", applications: #"[{"receivableID":"R9","paymentID":"P","amount":5}]"#)),
            snapshot("an application larger than the payment", document(
                receivables: "[" + receivable.replacingOccurrences(of: #""open":100"#, with: #""open":90"#) + "]",
                payments: "[" + paymentJSON + "]", applications: #"[{"receivableID":"R1","paymentID":"P","amount":10}]"#)),
            snapshot("1 MB of [", String(repeating: "[", count: megabyte)),
            snapshot("an empty tenant", document(customers: []), .valid),
            snapshot("one customer, receivable, promise and payment applied",
                     document(receivables: "[" + receivable.replacingOccurrences(of: #""open":100"#, with: #""open":95"#) + "]",
                              promises: "[\(promiseJSON)]",
                              payments: "[" + paymentJSON.replacingOccurrences(of: #""unapplied":5"#, with: #""unapplied":0"#) + "]",
                              applications: #"[{"receivableID":"R1","paymentID":"P","amount":5}]"#), .valid),
            binary("empty bytes", Data()), binary("the magic only", Data("CKSNAPSH".utf8)),
            binary("a JSON snapshot", json(document())),
            binary("a valid snapshot cut short", valid.dropLast(7)),
            binary("a valid snapshot with a byte more", valid + Data([0])),
            binary("a count of 2⁶³ customers", Data("CKSNAPSH".utf8) + Data([1, 0, 0, 0]) + Data(repeating: 0, count: 8)
                   + Data([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01])),
        ]
    }()

    static let text: [HostileCase] = {
        func excuse(_ label: String, _ text: @autoclosure @escaping @Sendable () -> String,
                    context: ExcuseContext = ExcuseContext()) -> HostileCase {
            HostileCase(entryPoint: "StandardExcuseClassifier.assess", input: label, expected: .valid) { try assessExcuse(text(), context: context) }
        }
        func draft(_ label: String, _ text: @autoclosure @escaping @Sendable () -> String, context: MessageContext? = nil) -> HostileCase {
            HostileCase(entryPoint: "StandardMessageReviewer.review", input: label, expected: .valid) { try review(text(), context: context) }
        }
        let extreme = ExcuseContext(
            promiseRecord: .init(kept: .max, broken: .max), recentOrderTotal: cny(.max), recentOrderCount: .max, recentPeriodDays: .min,
            stockDays: .max, regionalStockDays: .min, openQualityComplaints: .max, openReturns: .max,
            openBillingQueries: .min, lastPaymentAmount: cny(.min), lastPaymentDaysAgo: .max,
            recentPaymentsToOthers: usd(.max), sameExcuseLastOutcome: .notPaid)
        let extremeMessage = MessageContext(approvedIncentives: (0..<1_000).map { "返点\($0)%" }, amountOwed: cny(.min),
                                            agreedDates: [CalendarDate(daysSinceEpoch: .max), CalendarDate(daysSinceEpoch: .min)],
                                            statementReference: String(repeating: "单", count: 20_000),
                                            addressee: String(repeating: "王", count: 20_000))
        return [
            excuse("empty", ""), excuse("one space", " "), excuse("NUL bytes", String(repeating: "\u{0}", count: 1_000)),
            excuse("1 MB of 资金紧张", String(repeating: "资金紧张", count: megabyte / 12)),
            excuse("100,000 emoji", String(repeating: "👨‍👩‍👧‍👦", count: 100_000)),
            excuse("zero-width joiners only", String(repeating: "\u{200D}", count: 50_000)),
            excuse("50,000 negations", String(repeating: "不是", count: 50_000) + "资金紧张"),
            excuse("right-to-left override", "\u{202E}最近资金紧张\u{202C}下个月付"),
            excuse("invalid UTF-8 decoded with replacements", String(decoding: [0xFF, 0xC0, 0xE4, 0xB8] as [UInt8], as: UTF8.self) + "没钱"),
            excuse("combining marks on every letter", String(repeating: "a\u{301}\u{302}\u{303}", count: 20_000)),
            excuse("every context number at its extreme", "货有质量问题,最近资金紧张,卖不动", context: extreme),
            draft("empty", ""), draft("NUL bytes", String(repeating: "\u{0}", count: 1_000)),
            draft("256 KB of apologies", String(repeating: "不好意思", count: megabyte / 48)),
            draft("100,000 emoji", String(repeating: "🙏", count: 100_000)),
            draft("mixed scripts and control characters", "Hi\u{7}王总\u{1B}[31m please pay maybe 方便的话\r\n\t"),
            draft("a draft with every context field extreme", "王总,麻烦您方便的时候付一下,可以给您打折", context: extremeMessage),
            draft("Int64.max owed in JPY", "请尽快付款",
                  context: MessageContext(amountOwed: Money(minorUnits: .max, currency: .jpy), agreedDates: [CalendarDate(daysSinceEpoch: .max)])),
        ]
    }()

    static let planning: [HostileCase] = {
        func planCase(_ label: String, _ expected: HostileCase.Expected, _ facts: @escaping @Sendable () throws -> CustomerCollectionFacts,
                      asOf: String = "2026-11-27") -> HostileCase {
            HostileCase(entryPoint: "CollectionPlanner.plan", input: label, expected: expected) { try plan(facts(), asOf: asOf) }
        }
        let due = CalendarDate(daysSinceEpoch: 20_000)
        return [
            planCase("no open items", .valid) { facts([]) },
            planCase("two items of Int64.max", .error(.overflow)) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(.max), dueDate: due),
                       OpenItem(receivableID: "R2", outstanding: cny(.max), dueDate: due)])
            },
            planCase("a negative open item", .error(.invalidAmount)) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(-500), dueDate: due)])
            },
            planCase("open items in two currencies", .valid) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(500), dueDate: due),
                       OpenItem(receivableID: "R2", outstanding: usd(500), dueDate: due)])
            },
            planCase("a due date at the first representable day", .valid) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(10_000), dueDate: CalendarDate(daysSinceEpoch: .min))])
            },
            planCase("asOf at the last representable day", .valid, {
                facts([OpenItem(receivableID: "R1", outstanding: cny(10_000), dueDate: due)])
            }, asOf: "9999-12-31"),
            planCase("promise counts at Int.max", .valid) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(10_000), dueDate: due)],
                      promises: PromiseRecord(made: .max, kept: .max, partiallyKept: .max, broken: .max,
                                                     weightedKeptRate: BasisPoints(.min), credibility: BasisPoints(.max),
                                                     openPromiseAmount: cny(.max), openPromiseDate: CalendarDate(daysSinceEpoch: .min)))
            },
            planCase("payments to others Int.max, 10,000 excuses", .valid) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(10_000), dueDate: due)],
                      excuses: Array(repeating: ExcuseUse(category: .cashFlowTight, date: due, outcome: .notPaid), count: 10_000),
                      paymentsToOthers: .max, lastContact: CalendarDate(daysSinceEpoch: .max))
            },
            planCase("ask history with zero, negative and mixed-currency asks", .valid) {
                facts([OpenItem(receivableID: "R1", outstanding: cny(10_000), dueDate: due)],
                      asks: [AskOutcome(asked: cny(0), paid: cny(5), date: due), AskOutcome(asked: cny(-5), paid: cny(.max), date: due),
                             AskOutcome(asked: usd(100), paid: cny(100), date: due), AskOutcome(asked: cny(.max), paid: cny(.max), date: due)])
            },
            planCase("5,000 open items", .valid) {
                facts((0..<5_000).map { OpenItem(receivableID: ReceivableID("R\($0)"), outstanding: cny(1_000_000), dueDate: due.adding(days: $0)) })
            },
            HostileCase(entryPoint: "WorklistBuilder.build", input: "an empty portfolio", expected: .valid) {
                let worklist = WorklistBuilder().build([CustomerCollectionFacts](), asOf: try day("2026-11-27"))
                try check(worklist.actions.isEmpty, "no actions")
            },
            HostileCase(entryPoint: "WorklistBuilder.build", input: "the same customer three times", expected: .valid) {
                let one = facts([OpenItem(receivableID: "R1", outstanding: cny(10_000_000), dueDate: due)])
                let worklist = WorklistBuilder().build([one, one, one], asOf: try day("2026-11-27"))
                try check(worklist.actions.filter { $0.customerID == "C1" }.count == 1, "one action per customer")
            },
            HostileCase(entryPoint: "WorklistBuilder.build", input: "capacity -5 and a customer with absurd facts", expected: .valid) {
                let builder = WorklistBuilder(configuration: WorklistConfiguration(dailyCapacity: -5, capacityOverrides: ["alice": .min],
                                                                                 rejectionsKept: .min))
                let worklist = builder.build([facts([OpenItem(receivableID: "R1", outstanding: cny(.max), dueDate: CalendarDate(daysSinceEpoch: .min))],
                                                    paymentsToOthers: .max)], asOf: try day("2026-11-27"))
                try check(worklist.actions.isEmpty, "no capacity, no actions")
            },
            HostileCase(entryPoint: "WorklistBuilder.build", input: "a negative item among 100 customers", expected: .valid) {
                var portfolio = (0..<100).map { facts([OpenItem(receivableID: "R", outstanding: cny(100_000), dueDate: due)], id: "C\($0)") }
                portfolio.append(facts([OpenItem(receivableID: "R", outstanding: cny(-1), dueDate: due)], id: "BAD"))
                let worklist = WorklistBuilder().build(portfolio, asOf: try day("2026-11-27"))
                try check(worklist.rejectedCount == 1, "the bad customer is rejected, not fatal")
            },
        ]
    }()

    static let metrics: [HostileCase] = [
        HostileCase(entryPoint: "SalesPeriod.init", input: "0 days", expected: .error(.invalidArgument)) {
            _ = try SalesPeriod(creditSales: cny(100), days: 0)
        },
        HostileCase(entryPoint: "SalesPeriod.init", input: "negative sales", expected: .error(.invalidAmount)) {
            _ = try SalesPeriod(creditSales: cny(-100), days: 30)
        },
        HostileCase(entryPoint: "DaysSalesOutstanding", input: "zero credit sales", expected: .error(.undefinedMetric)) {
            _ = try DaysSalesOutstanding(receivables: ReceivablesSnapshot(total: cny(100), current: cny(0)),
                                         sales: SalesPeriod(creditSales: cny(0), days: 90))
        },
        HostileCase(entryPoint: "ReceivablesSnapshot.init", input: "current above total", expected: .error(.invalidAmount)) {
            _ = try ReceivablesSnapshot(total: cny(5), current: cny(10))
        },
        HostileCase(entryPoint: "DaysSalesOutstanding.countback", input: "no months", expected: .error(.undefinedMetric)) {
            _ = try DaysSalesOutstanding.countback(receivables: cny(100), months: [])
        },
        HostileCase(entryPoint: "PromiseOutcomes.init", input: "kept -1", expected: .error(.invalidArgument)) {
            _ = try PromiseOutcomes(kept: -1, broken: 0)
        },
        HostileCase(entryPoint: "PromiseOutcomes.strictKeptPercent", input: "nothing resolved", expected: .error(.undefinedMetric)) {
            _ = try PromiseOutcomes(kept: 0, broken: 0).strictKeptPercent()
        },
        HostileCase(entryPoint: "PromiseOutcomes.init", input: "fulfilment 1001‰", expected: .error(.invalidArgument)) {
            _ = try PromiseOutcomes(fulfilmentPerMille: [1_001])
        },
        HostileCase(entryPoint: "PromiseOutcomes.merging", input: "counts at Int.max", expected: .error(.overflow)) {
            let big = try PromiseOutcomes(kept: .max, broken: 0)
            _ = try big.merging(big)
        },
        HostileCase(entryPoint: "CollectionEffectivenessIndex.percent", input: "nothing collectible", expected: .error(.undefinedMetric)) {
            _ = try CollectionEffectivenessIndex.percent(beginningReceivables: cny(0), creditSales: cny(0),
                                                         ending: ReceivablesSnapshot(total: cny(0), current: cny(0)))
        },
        HostileCase(entryPoint: "CollectionEffectivenessIndex.percent", input: "Int64.max terms", expected: .error(.overflow)) {
            _ = try CollectionEffectivenessIndex.percent(beginningReceivables: cny(.max), creditSales: cny(.max),
                                                         ending: ReceivablesSnapshot(total: cny(1), current: cny(0)))
        },
        HostileCase(entryPoint: "CollectionEffectivenessIndex.percent", input: "USD sales with CNY receivables", expected: .error(.currencyMismatch)) {
            _ = try CollectionEffectivenessIndex.percent(beginningReceivables: cny(10), creditSales: usd(10),
                                                         ending: ReceivablesSnapshot(total: cny(1), current: cny(0)))
        },
        HostileCase(entryPoint: "MetricTotals.merging", input: "CNY with USD", expected: .error(.currencyMismatch)) {
            let a = try MetricTotals(beginningReceivables: cny(1), sales: SalesPeriod(creditSales: cny(1), days: 30),
                                     ending: ReceivablesSnapshot(total: cny(1), current: cny(0)), promises: PromiseOutcomes(kept: 1, broken: 0))
            let b = try MetricTotals(beginningReceivables: usd(1), sales: SalesPeriod(creditSales: usd(1), days: 30),
                                     ending: ReceivablesSnapshot(total: usd(1), current: usd(0)), promises: PromiseOutcomes(kept: 1, broken: 0))
            _ = try a.merging(b)
        },
        HostileCase(entryPoint: "DunningPolicy.init", input: "daysInYear 0", expected: .error(.invalidArgument)) {
            _ = try DunningPolicy(annualRate: .percent(5), fee: cny(0), daysInYear: 0)
        },
        HostileCase(entryPoint: "DunningPolicy.init", input: "negative fee", expected: .error(.invalidAmount)) {
            _ = try DunningPolicy(annualRate: .percent(5), fee: cny(-1))
        },
        HostileCase(entryPoint: "DunningPolicy.charge", input: "Int64.max outstanding, Int.max days", expected: .error(.overflow)) {
            _ = try DunningPolicy(annualRate: .percent(18), fee: cny(0)).charge(outstanding: cny(.max), daysOverdue: .max)
        },
        HostileCase(entryPoint: "AgingBuckets.init", input: "bounds not increasing", expected: .error(.invalidArgument)) {
            _ = try AgingBuckets(overdueUpperBounds: [30, 10])
        },
        HostileCase(entryPoint: "AgingBuckets.init", input: "negative bound", expected: .error(.invalidArgument)) {
            _ = try AgingBuckets(overdueUpperBounds: [-1, 30])
        },
        HostileCase(entryPoint: "AgingBuckets.index", input: "Int.min and Int.max days", expected: .valid) {
            let buckets = try AgingBuckets(overdueUpperBounds: [30, 60, 90])
            try check(buckets.index(daysPastDue: .min) == 0 && buckets.index(daysPastDue: .max) == 4, "first and last bucket")
        },
        HostileCase(entryPoint: "NaiveBayesExcuseModel(serialized:)", input: "garbage bytes", expected: .error(.invalidData)) {
            _ = try NaiveBayesExcuseModel(serialized: Data("not a model at all".utf8))
        },
        HostileCase(entryPoint: "NaiveBayesExcuseModel(serialized:)", input: "empty", expected: .error(.invalidData)) {
            _ = try NaiveBayesExcuseModel(serialized: Data())
        },
        HostileCase(entryPoint: "ExcuseExample.parseJSONLines", input: "an unterminated object", expected: .error(.invalidData)) {
            _ = try ExcuseExample.parseJSONLines("{\"id\": \"x\"")
        },
    ]

    static let all: [HostileCase] = amounts + datesIdentifiersCurrencies + records + ledgers + documents + snapshots + text + planning + metrics
}

@Suite("Hostile-input catalogue")
struct HostileInputCatalogueTests {
    /// 2 s, or 10 s under AddressSanitizer or ThreadSanitizer, which slow everything 2–5×:
    /// either way far below what a quadratic pass over these inputs takes.
    static let hangBound: Duration = {
        #if canImport(Glibc)
        let handle = dlopen(nil, RTLD_NOW)
        defer { if let handle { dlclose(handle) } }
        let sanitized = dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
        return sanitized ? .seconds(10) : .seconds(2)
        #else
        return .seconds(2)
        #endif
    }()

    @Test func theCatalogueCoversAtLeastAHundredInputsAcrossTheEntryPoints() {
        #expect(HostileInputCatalogue.all.count >= 100)
        #expect(Set(HostileInputCatalogue.all.map(\.entryPoint)).count >= 40)
        let names = HostileInputCatalogue.all.map(\.testDescription)
        #expect(Set(names).count == names.count, "every case is named uniquely")
    }

    /// Each input gives exactly the expected typed error or a checked valid result, within a
    /// generous ``hangBound``: a hang detector for the huge inputs, not a performance test.
    @Test(arguments: HostileInputCatalogue.all)
    func hostileInputGivesTheExpectedOutcomeInBoundedTime(_ hostile: HostileCase) async throws {
        // The bundled model and lexicons load once per process; that is not the input's time.
        _ = try StandardExcuseClassifier.bundled()
        _ = try #require(sharedReviewer)
        let clock = ContinuousClock()
        let start = clock.now
        var outcome: HostileCase.Expected
        var detail = ""
        do {
            try await hostile.run()
            outcome = .valid
        } catch let error as CollectKitError {
            outcome = .error(error.kind)
            detail = error.description
        } catch is DecodingError {
            outcome = .decodingError
        } catch {
            outcome = .error(CollectKitError.Kind(code: "untyped: \(type(of: error))"))
            detail = "\(error)"
        }
        let elapsed = clock.now - start
        #expect(outcome == hostile.expected, "\(hostile.testDescription): \(detail)")
        #expect(elapsed < Self.hangBound, "\(hostile.testDescription) took \(elapsed)")
    }
}
