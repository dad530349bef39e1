/// Something an engine noticed that its host may want in its logs, metrics or traces: a
/// plugin that failed, journal entries written, an operation that ran slow, a condition
/// the engine handled without failing the call.
///
/// Set ``CollectionConfiguration/diagnostics`` to receive them; each tenant's engine reports
/// only to its own configuration's handler. CollectKit has no logging dependency, so a host
/// bridges the handler to its own (the `CRMService` example bridges it to swift-log):
///
/// ```swift
/// configuration.diagnostics = { diagnostic in
///     switch diagnostic.kind {
///     case .journalWritten: metrics.increment("journal.entries", by: diagnostic.entryCount ?? 0)
///     default: logger.warning("\(diagnostic)")
///     }
/// }
/// ```
///
/// The handler is called synchronously on the task that caused the diagnostic, inside the
/// engine's actor for recording calls: keep it fast and hand slow work to your own task.
/// Diagnostics carry identifiers and codes, never customer names or customers' words.
public struct CollectionDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// What kind of thing was noticed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A plugin threw or broke a guard rail; the engine used the unadjusted result.
        case pluginFailed
        /// A plugin's contribution could not be composed when the engine was built (a
        /// category defined twice, terms that do not compile); the rest works without it.
        case compositionProblem
        /// Accepted changes became journal entries (one diagnostic per call, however many
        /// entries it wrote).
        case journalWritten
        /// An operation took longer than ``CollectionConfiguration/slowOperationThreshold``.
        case slowOperation
        /// A condition the engine handled without failing the call: a figure it could not
        /// compute and left out, a default it fell back to.
        case conditionHandled
    }

    /// What kind of thing was noticed.
    public let kind: Kind
    /// The operation, e.g. `"evaluate(asOf:)"`, `"record(contentsOf:)"`, `"plan(for:asOf:)"`.
    public let operation: String
    /// The error behind a plugin failure or a handled condition.
    public let error: CollectKitError?
    /// The plugin involved, by its ``CollectionPlugin/name``.
    public let plugin: String?
    /// For journal writes: the sequence number of the last entry written.
    public let sequence: UInt64?
    /// For journal writes: how many entries the call wrote.
    public let entryCount: Int?
    /// For slow operations: how long the operation took.
    public let duration: Duration?

    /// A diagnostic; hosts build these only to test their own handlers.
    public init(kind: Kind, operation: String, error: CollectKitError? = nil, plugin: String? = nil,
                sequence: UInt64? = nil, entryCount: Int? = nil, duration: Duration? = nil) {
        self.kind = kind
        self.operation = operation
        self.error = error
        self.plugin = plugin
        self.sequence = sequence
        self.entryCount = entryCount
        self.duration = duration
    }

    /// One line for a log: the kind, the operation and whatever figures apply.
    public var description: String {
        let words = switch kind {
        case .pluginFailed: "plugin failed"
        case .compositionProblem: "plugin not composed"
        case .journalWritten: "journal written"
        case .slowOperation: "slow operation"
        case .conditionHandled: "condition handled"
        }
        var parts = ["\(words) in \(operation)"]
        if let plugin { parts.append("plugin \(plugin)") }
        if let entryCount, let sequence { parts.append("\(entryCount) \(entryCount == 1 ? "entry" : "entries") through sequence \(sequence)") }
        if let duration { parts.append("took \(duration)") }
        if let error { parts.append(error.description) }
        return parts.joined(separator: ": ")
    }
}
