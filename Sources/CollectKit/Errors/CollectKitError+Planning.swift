extension CollectKitError.Kind {
    /// A plan or talking point would break one of the article's guard rails (quota
    /// disclosure, an unapproved concession, a request without amount and date).
    public static let guardRailViolation = Self(code: "guard_rail_violation")
}

extension CollectKitError {
    /// A guard rail would be broken.
    public static func guardRailViolation(field: String, value: String, reason: String) -> Self {
        Self(kind: .guardRailViolation, field: field, value: value, reason: reason)
    }
}
