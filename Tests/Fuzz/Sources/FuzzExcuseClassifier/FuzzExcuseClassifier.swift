import CollectKit
import FuzzDriver

private let classifier = StandardExcuseClassifier.standard

/// Assesses arbitrary text as an excuse, with a context whose numbers come from the input's
/// first bytes (including absurd ones: negative counts, `Int.max` days).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard let classifier else { preconditionFailure("the bundled excuse model did not load") }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var numbers = bytes.prefix(8).map { extreme($0) }.makeIterator()
    let text = String(decoding: bytes.dropFirst(8), as: UTF8.self)
    _ = classifier.assess(text)
    let n = { numbers.next() ?? 0 }
    let context = ExcuseContext(
        promiseRecord: .init(kept: n(), broken: n()),
        recentOrderTotal: Money(minorUnits: Int64(n()), currency: .cny), recentOrderCount: n(), recentPeriodDays: n(),
        stockDays: n(), regionalStockDays: n(),
        openQualityComplaints: n(), openReturns: n(), openBillingQueries: n(),
        lastPaymentAmount: Money(minorUnits: Int64.min, currency: .cny), lastPaymentDaysAgo: Int.min,
        recentPaymentsToOthers: Money(minorUnits: Int64.max, currency: .usd),
        sameExcuseLastOutcome: .notPaid)
    _ = classifier.assess(text, context: context)
    return 0
}

/// Maps a byte to a number, a few of which are the extremes an integer can hold.
private func extreme(_ byte: UInt8) -> Int {
    switch byte {
    case 0xFF: Int.max
    case 0xFE: Int.min
    case 0xFD: -1
    default: Int(byte)
    }
}

/// The program's entry: SwiftPM names it `FuzzExcuseClassifier_main` and links it as `main`.
@_cdecl("FuzzExcuseClassifier_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the bundled resources before fuzzing starts, so their one-off cost is not
    // counted against the first input's time limit.
    guard classifier != nil else { preconditionFailure("the bundled resources did not load") }
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
