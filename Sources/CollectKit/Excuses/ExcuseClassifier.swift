/// Names the excuse in what a customer said and weighs it against the facts the host knows.
///
/// Built-in classifiers are synchronous, allocation-light and `Sendable`; they share one
/// instance across tasks. A classifier that needs I/O (a remote model) conforms to
/// ``AsyncExcuseClassifier`` instead; every `ExcuseClassifier` is already one.
public protocol ExcuseClassifier: AsyncExcuseClassifier {
    /// The assessment of `text`, with credibility and talking points drawn from `context`.
    /// Never fails: empty or unreadable text is assessed as ``ExcuseCategory/notAnExcuse``
    /// with low confidence.
    func assess(_ text: String, context: ExcuseContext) -> ExcuseAssessment
}

/// A classifier that may suspend or fail, e.g. one that calls a remote language model.
///
/// Hosts that accept any classifier take `any AsyncExcuseClassifier`; synchronous classifiers
/// satisfy this protocol with their own `assess(_:context:)`.
public protocol AsyncExcuseClassifier: Sendable {
    /// The assessment of `text` against `context`.
    func assess(_ text: String, context: ExcuseContext) async throws(CollectKitError) -> ExcuseAssessment
}

extension ExcuseClassifier {
    /// The assessment of `text` without any facts about the customer.
    public func assess(_ text: String) -> ExcuseAssessment {
        assess(text, context: ExcuseContext())
    }
}
