/// One guarantee a plugin or policy under test did not keep.
///
/// Conformance checks return these instead of asserting, so they work with any test
/// framework: `#expect(PluginConformance.check(MyPlugin()).isEmpty)`.
public struct ConformanceFailure: Hashable, Sendable, CustomStringConvertible {
    /// The guarantee that was checked, e.g. `"plan.guardRails"`.
    public let check: String
    /// What was wrong, with the input that showed it.
    public let detail: String

    /// A failure of `check`.
    public init(check: String, detail: String) {
        self.check = check
        self.detail = detail
    }

    /// `check: detail`.
    public var description: String { "\(check): \(detail)" }
}
