extension CollectKitError {
    /// A referenced record (promise, customer, receivable) is not in the ledger.
    static func unknownReference(field: String, value: String, reason: String) -> Self {
        Self(kind: .unknownReference, field: field, value: value, reason: reason)
    }

    /// The same identifier was recorded before with different content.
    static func duplicateIdentifier(field: String, value: String) -> Self {
        Self(kind: .duplicateIdentifier, field: field, value: value,
             reason: "this identifier was already recorded with different content")
    }

    /// Stored data could not be read back.
    static func invalidData(field: String, value: String, reason: String) -> Self {
        Self(kind: .invalidData, field: field, value: value, reason: reason)
    }
}
