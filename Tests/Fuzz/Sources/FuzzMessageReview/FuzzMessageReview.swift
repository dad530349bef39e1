import CollectKit
import FuzzDriver

private let reviewer = try? StandardMessageReviewer()

/// Reviews arbitrary text as a collector's draft, without context and with a context whose
/// figures are extremes (a `Int64.max` amount, the last representable day).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard let reviewer else { preconditionFailure("the bundled review lexicon did not load") }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let mode = bytes.first ?? 0
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let plain = reviewer.review(text)
    _ = plain.description
    let amounts: [Int64] = [0, -1, 1, Int64.max, Int64.min, 123_456_789]
    let days: [Int32] = [0, Int32.max, Int32.min, 20_000]
    let context = MessageContext(
        approvedIncentives: [String(text.prefix(Int(mode % 16)))],
        amountOwed: Money(minorUnits: amounts[Int(mode) % amounts.count], currency: mode & 0x40 == 0 ? .cny : .jpy),
        agreedDates: [CalendarDate(daysSinceEpoch: days[Int(mode >> 4) % days.count])],
        statementReference: text.isEmpty ? nil : String(text.suffix(8)),
        addressee: "王总")
    let review = reviewer.review(text, context: context)
    _ = review.description
    for finding in review.findings { _ = finding.rewrite }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzMessageReview_main` and links it as `main`.
@_cdecl("FuzzMessageReview_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the bundled resources before fuzzing starts, so their one-off cost is not
    // counted against the first input's time limit.
    guard reviewer != nil else { preconditionFailure("the bundled resources did not load") }
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
