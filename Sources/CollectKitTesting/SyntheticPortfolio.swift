import CollectKit

/// A seeded, deterministic synthetic portfolio for property tests and benchmarks: the same
/// parameters always produce the same receivables and payments, on every platform.
///
/// Two shapes are available: ``columns(order:currency:)`` for millions of rows on the fast
/// aging path, and ``ledger()`` for value-type records (receivables in CNY and USD, payments
/// with explicit allocations, unallocated remainders and overpayments).
public struct SyntheticPortfolio: Sendable {
    /// How rows of the columnar portfolio are ordered.
    public enum Order: Sendable, CaseIterable {
        /// Each row belongs to a random customer.
        case random
        /// Rows come customer by customer, each customer's rows together.
        case groupedByCustomer
    }

    /// The seed every random choice derives from.
    public let seed: UInt64
    /// How many customers.
    public let customerCount: Int
    /// How many receivables, spread over the customers.
    public let receivableCount: Int
    /// The day the portfolio is aged on; due dates fall from 400 days before to 60 days after it.
    public let asOf: CalendarDate

    /// Describes a portfolio; nothing is generated until asked for.
    public init(seed: UInt64, customerCount: Int, receivableCount: Int, asOf: CalendarDate) {
        self.seed = seed
        self.customerCount = max(1, customerCount)
        self.receivableCount = max(0, receivableCount)
        self.asOf = asOf
    }

    /// The receivables as columns, written straight into the three arrays so generating
    /// ten million rows needs no memory beyond the columns themselves.
    public func columns(order: Order, currency: Currency = .cny) -> ReceivableColumns {
        var random = SeededRandomNumberGenerator(seed: seed)
        let rows = receivableCount, customers = customerCount, today = asOf.daysSinceEpoch
        let customerIndex = [Int32](unsafeUninitializedCapacity: rows) { buffer, initialized in
            for row in 0..<rows {
                buffer[row] = switch order {
                case .random: Int32(truncatingIfNeeded: Int(random.next() % UInt64(customers)))
                case .groupedByCustomer: Int32(truncatingIfNeeded: row * customers / rows)
                }
            }
            initialized = rows
        }
        let amounts = [Int64](unsafeUninitializedCapacity: rows) { buffer, initialized in
            for row in 0..<rows { buffer[row] = Int64(10_000 + random.next() % 50_000_000) }
            initialized = rows
        }
        let dueDays = [Int32](unsafeUninitializedCapacity: rows) { buffer, initialized in
            for row in 0..<rows { buffer[row] = today &- 400 &+ Int32(truncatingIfNeeded: random.next() % 461) }
            initialized = rows
        }
        // Positions are below `customers` and amounts below 5×10⁸ each, so the checks pass
        // for any row count that fits in memory.
        return (try? ReceivableColumns(currency: currency, customerCount: customers, customerIndex: customerIndex,
                                       openMinorUnits: amounts, dueDay: dueDays))
            ?? .empty(currency)
    }

    /// The customer identifier for position `index`, zero-padded so identifiers sort like positions.
    public static func customerID(_ index: Int) -> CustomerID {
        let digits = String(index)
        return CustomerID("C" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits)
    }

    /// Value-type receivables and payments for the same customers: most customers bill in
    /// CNY, every seventh in USD, and every fifth also has a USD receivable. Payments are
    /// explicit allocations, unallocated amounts, overpayments that leave credit, and a few
    /// dated after ``asOf``.
    public func ledger() -> ReceivablesLedger {
        var random = SeededRandomNumberGenerator(seed: seed)
        var ledger = ReceivablesLedger()
        var serial = 0
        for customer in 0..<customerCount {
            let id = Self.customerID(customer)
            let home: Currency = customer % 7 == 6 ? .usd : .cny
            let share = receivableCount / customerCount + (customer < receivableCount % customerCount ? 1 : 0)
            var billed: [Receivable] = []
            for index in 0..<share {
                let currency = customer % 5 == 4 && index == 0 ? Currency.usd : home
                let issue = asOf.adding(days: -Int(random.next() % 420))
                let terms = [0, 30, 60, 90][Int(random.next() % 4)]
                serial += 1
                guard let receivable = try? Receivable(
                    id: ReceivableID("R\(serial)"), customerID: id,
                    amount: Money(minorUnits: Int64(1_000 + random.next() % 10_000_000), currency: currency),
                    issueDate: issue, dueDate: issue.adding(days: terms)) else { continue }
                try? ledger.record(receivable)
                billed.append(receivable)
            }
            for index in 0..<Int(random.next() % 4) where !billed.isEmpty {
                let target = billed[Int(random.next() % UInt64(billed.count))]
                let currency = target.amount.currency
                let amount = Int64(1 + random.next() % UInt64(target.amount.minorUnits + target.amount.minorUnits / 2))
                let explicit = random.next() % 2 == 0
                let allocations = explicit
                    ? [Payment.Allocation(receivableID: target.id,
                                          amount: Money(minorUnits: max(1, amount / 2), currency: currency))]
                    : []
                serial += 1
                guard let payment = try? Payment(
                    id: PaymentID("P\(serial)"), customerID: id, amount: Money(minorUnits: amount, currency: currency),
                    date: target.issueDate.adding(days: Int(random.next() % 120) + index),
                    allocations: allocations) else { continue }
                try? ledger.record(payment)
            }
        }
        return ledger
    }
}
