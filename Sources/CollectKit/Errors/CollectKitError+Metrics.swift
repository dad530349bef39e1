extension CollectKitError.Kind {
    /// A metric has no defined value for its inputs: its denominator is zero (no credit sales,
    /// no resolved promises) or the history given is too short to count back through.
    public static let undefinedMetric = Self(code: "undefined_metric")
}

extension CollectKitError {
    /// A metric cannot be computed from these inputs; `field` names the input that made it so.
    public static func undefinedMetric(field: String, value: String, reason: String) -> Self {
        Self(kind: .undefinedMetric, field: field, value: value, reason: reason)
    }
}
