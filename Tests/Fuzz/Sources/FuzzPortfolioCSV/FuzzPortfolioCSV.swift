import CollectKit
import FuzzDriver
import Foundation

/// Reads arbitrary bytes as a CSV portfolio and validates it. Reading must throw a
/// `CollectKitError` or give an import whose validation either lists errors (each naming a
/// line) or yields a portfolio — never a trap, never a half-applied import.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let imported = try? PortfolioImport.csv(text, file: "fuzz.csv") else { return 0 }
    let validation = imported.validate()
    if validation.isValid {
        // A clean import must hand out the whole portfolio.
        if (try? validation.portfolio()) == nil { preconditionFailure("a valid import gave no portfolio") }
    } else if validation.errors.contains(where: { !$0.field.contains("fuzz.csv") }) {
        preconditionFailure("an import error does not name the file: \(validation.errors)")
    }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzPortfolioCSV_main` and links it as `main`.
@_cdecl("FuzzPortfolioCSV_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
