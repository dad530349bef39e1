/// One change to a tenant's collections: what a CRM records, and what the engine journals
/// once it has accepted it.
///
/// The engine's recording calls each make one of these; ``CollectionEngine/record(contentsOf:)``
/// takes a batch of them, and a ``JournalEntry`` carries one with its sequence number.
/// Changes hold identifiers, amounts, dates and codes, never a customer's name or words.
public enum CollectionChange: Hashable, Sendable {
    /// A customer added or its terms updated.
    case customer(StandardCustomer)
    /// A receivable billed.
    case receivable(Receivable)
    /// A payment received, optionally naming the promise it pays.
    case payment(Payment, toward: PromiseID?)
    /// A promise to pay; one with ``StandardPromise/replaces`` renegotiates that promise.
    case promise(StandardPromise)
    /// A promise withdrawn from a day on.
    case promiseCancelled(PromiseID, on: CalendarDate)
    /// A collector's contact with a customer.
    case contact(ContactRecord)
    /// A reason a customer gave for not paying.
    case excuse(ExcuseUse, customer: CustomerID)
    /// What a request brought in.
    case ask(AskOutcome, customer: CustomerID)
    /// A collector made responsible for a customer.
    case assignment(CollectorID, customer: CustomerID)
    /// A payment the customer made to another supplier (their cash is contested).
    case paymentToOtherSupplier(customer: CustomerID)
    /// What an evaluation decided: promise outcomes reported and escalations reached.
    case evaluation(EvaluationRecord)

    /// The kind of change, as a stable code for storage and logs.
    public var kind: Kind {
        switch self {
        case .customer: .customer
        case .receivable: .receivable
        case .payment: .payment
        case .promise: .promise
        case .promiseCancelled: .promiseCancelled
        case .contact: .contact
        case .excuse: .excuse
        case .ask: .ask
        case .assignment: .assignment
        case .paymentToOtherSupplier: .paymentToOtherSupplier
        case .evaluation: .evaluation
        }
    }

    /// The customer the change concerns; `nil` for an evaluation, which spans customers.
    public var customerID: CustomerID? {
        switch self {
        case .customer(let record): record.customerID
        case .receivable(let receivable): receivable.customerID
        case .payment(let payment, _): payment.customerID
        case .promise(let promise): promise.customerID
        case .promiseCancelled: nil
        case .contact(let contact): contact.customerID
        case .excuse(_, let customer), .ask(_, let customer), .assignment(_, let customer),
             .paymentToOtherSupplier(let customer):
            customer
        case .evaluation: nil
        }
    }

    /// The change as the engine journals it: a promise without the customer's words.
    var journaled: CollectionChange {
        if case .promise(let promise) = self, promise.customerWords != nil { return .promise(promise.withoutCustomerWords) }
        return self
    }

    /// The kinds of change, each with a one-byte code that binary journals store.
    public struct Kind: OpenVocabulary {
        /// The stable label.
        public let rawValue: String
        /// A kind with this label.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A customer added or updated.
        public static let customer = Self(rawValue: "customer")
        /// A receivable billed.
        public static let receivable = Self(rawValue: "receivable")
        /// A payment received.
        public static let payment = Self(rawValue: "payment")
        /// A promise made or renegotiated.
        public static let promise = Self(rawValue: "promise")
        /// A promise cancelled.
        public static let promiseCancelled = Self(rawValue: "promise_cancelled")
        /// A contact made.
        public static let contact = Self(rawValue: "contact")
        /// An excuse given.
        public static let excuse = Self(rawValue: "excuse")
        /// A request's outcome.
        public static let ask = Self(rawValue: "ask")
        /// A collector assigned.
        public static let assignment = Self(rawValue: "assignment")
        /// A payment to another supplier noted.
        public static let paymentToOtherSupplier = Self(rawValue: "payment_to_other_supplier")
        /// An evaluation's decisions.
        public static let evaluation = Self(rawValue: "evaluation")

        /// Every kind this build reads, in code order.
        static let all: [Kind] = [.customer, .receivable, .payment, .promise, .promiseCancelled, .contact, .excuse,
                                  .ask, .assignment, .paymentToOtherSupplier, .evaluation]

        /// The one-byte code a binary journal stores (1-based).
        var code: UInt8 { UInt8((Self.all.firstIndex(of: self) ?? 0) + 1) }
    }
}
