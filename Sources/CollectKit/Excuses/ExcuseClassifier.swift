/// Names the excuse in what a customer said: one of CollectKit's four extension protocols.
///
/// A classifier ranks categories and points at the words behind them; it does not weigh
/// the excuse against the facts or phrase an answer (``ExcuseAssessment`` does, the same
/// way for every classifier). The requirement is `async` and may throw, so a classifier
/// backed by a remote model conforms directly:
///
/// ```swift
/// struct RemoteModelClassifier: ExcuseClassifier {
///     let client: ModelClient                      // the host's own HTTP client
///     func classify(_ text: String) async throws(CollectKitError) -> ExcuseClassification {
///         do {
///             let label = try await client.label(text)
///             return ExcuseClassification(ranking: [.init(category: ExcuseCategory(rawValue: label), confidence: 9_000)])
///         } catch {
///             throw CollectKitError(kind: .invalidData, field: "classifier", value: "remote", reason: "\(error)")
///         }
///     }
/// }
/// ```
///
/// The built-in ``StandardExcuseClassifier`` and ``LexiconExcuseClassifier`` satisfy it with
/// synchronous, non-throwing methods, so calling them directly needs no `await`.
public protocol ExcuseClassifier: Sendable {
    /// The categories `text` points to, most likely first.
    ///
    /// - Parameter text: What the customer said or wrote, in Chinese or English.
    /// - Returns: The ranking and its evidence; ``ExcuseClassification/notAnExcuse`` for
    ///   empty or unreadable text.
    /// - Throws: A ``CollectKitError`` when the classifier cannot answer (a remote model
    ///   that is unreachable); the engine passes it to the caller.
    func classify(_ text: String) async throws(CollectKitError) -> ExcuseClassification
}
