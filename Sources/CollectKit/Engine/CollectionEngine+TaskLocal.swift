/// Binds a tenant's engine to the current task and its children, in the style of
/// swift-metrics' `withMetricsFactory`: code deep in a request handler reads
/// ``CollectionEngine/current`` instead of threading the engine through every call.
///
/// The binding is per task, never global: concurrent requests for different tenants each
/// see their own engine.
public func withCollectionEngine<Result: Sendable>(
    _ engine: CollectionEngine, operation: () async throws -> Result
) async rethrows -> Result {
    try await CollectionEngine.$current.withValue(engine, operation: operation)
}

extension CollectionEngine {
    /// The engine bound to the current task by ``withCollectionEngine(_:operation:)``, if any.
    @TaskLocal public static var current: CollectionEngine?
}
