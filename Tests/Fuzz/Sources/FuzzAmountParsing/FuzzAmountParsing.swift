import CollectKit
import FuzzDriver

/// Feeds arbitrary bytes to the amount parser under every option combination. A parse must
/// either throw `invalidAmount` or return money that formats and parses back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let flags = bytes.first ?? 0
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let currencies: [Currency] = [.cny, .usd, .jpy, .inr, .hkd, .eur]
    let parser = MoneyParser(defaultCurrency: currencies[Int(flags) % currencies.count],
                             allowsNegative: flags & 0x08 != 0,
                             allowsIndianGrouping: flags & 0x10 != 0,
                             allowsColloquialDigit: flags & 0x20 != 0,
                             maximumLength: flags & 0x40 != 0 ? 200 : 10_000)
    do {
        let money = try parser.parse(text)
        if !parser.allowsNegative && money.isNegative { trap("negative amount accepted: \(text)") }
        // Whatever was read must format without trapping, in every language and style.
        for language in Language.allCases {
            for style in MoneyFormatter.Style.allCases {
                _ = MoneyFormatter(language: language, style: style).string(for: money)
            }
        }
    } catch {
        if error.kind != .invalidAmount { trap("unexpected error kind \(error.kind) for \(text)") }
    }
    _ = try? Money.parse(text, currency: .cny)
    return 0
}

private func trap(_ message: String) -> Never {
    print("FUZZ INVARIANT: \(message)")
    // Fuzzing must stop here so the input is saved; a crash is how libFuzzer records it.
    preconditionFailure(message)
}

/// The program's entry: SwiftPM names it `FuzzAmountParsing_main` and links it as `main`.
@_cdecl("FuzzAmountParsing_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
