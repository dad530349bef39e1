@testable import CollectKit

/// Whole yuan as money, for readable worked examples.
func metricsYuan(_ major: Int64) -> Money { Money(minorUnits: major * 100, currency: .cny) }

/// The kind of `CollectKitError` `body` throws; nil when it throws nothing (or something else).
func metricsErrorKind<T>(_ body: () throws -> T) -> CollectKitError.Kind? {
    do { _ = try body(); return nil } catch { return (error as? CollectKitError)?.kind }
}
