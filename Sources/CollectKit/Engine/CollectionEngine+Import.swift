extension CollectionEngine {
    /// An engine over a validated import: the portfolio as imported, with every excuse that
    /// came without a category classified and recorded through ``recordExcuse(_:customer:on:)``
    /// (in date order, so each is weighed against what was known that day).
    ///
    /// - Parameters:
    ///   - validation: The result of validating the import; an engine is made only when it
    ///     found no errors.
    ///   - configuration: The policies, plugins and hooks the engine runs with; its
    ///     classifier names the excuses that came without a category.
    /// - Returns: The engine, with one journal entry for each excuse classified as one.
    /// - Throws: the first validation error, when the import had any; nothing is loaded then.
    /// - Complexity: O(e log e) to put the e unclassified excuses in date order, plus what
    ///   ``recordExcuse(_:customer:on:)`` costs for each.
    public static func importing(_ validation: PortfolioValidation,
                                 configuration: CollectionConfiguration) async throws(CollectKitError) -> CollectionEngine {
        let engine = try CollectionEngine(configuration: configuration, restoring: try validation.snapshot())
        let excuses = validation.unclassifiedExcuses.enumerated().sorted {
            ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
        }
        for (_, excuse) in excuses {
            // Validation checked the customer, the only thing recordExcuse rejects.
            _ = try await engine.recordExcuse(excuse.text, customer: excuse.customerID, on: excuse.date)
        }
        return engine
    }
}
