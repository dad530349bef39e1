/// Binds a tenant's engine to the current task and its children, in the style of
/// swift-metrics' `withMetricsFactory`: code deep in a request handler reads
/// ``CollectionEngine/current`` instead of threading the engine through every call.
///
/// The binding is per task, never global: concurrent requests for different tenants each
/// see their own engine.
///
/// - Parameters:
///   - engine: The tenant's engine, bound for the duration of `operation`.
///   - operation: The work that reads ``CollectionEngine/current``, with the tasks it
///     creates.
/// - Returns: What `operation` returns.
/// - Throws: whatever `operation` throws.
public func withCollectionEngine<Result: Sendable>(
    _ engine: CollectionEngine, operation: () async throws -> Result
) async rethrows -> Result {
    try await CollectionEngine.$current.withValue(engine, operation: operation)
}

extension CollectionEngine {
    /// The engine bound to the current task by ``withCollectionEngine(_:operation:)``, if any.
    @TaskLocal public static var current: CollectionEngine?
}
