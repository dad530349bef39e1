import CollectKit
import FuzzDriver
import Foundation

/// Reads arbitrary bytes as a promise-ledger snapshot and as a receivables ledger. A snapshot
/// must be rejected with `invalidData` or give a ledger whose snapshot reads back equal and
/// that evaluates without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    do {
        let ledger = try PromiseLedger.fromJSONSnapshot(bytes)
        let again = try PromiseLedger.fromJSONSnapshot(try ledger.jsonSnapshot())
        if again != ledger { preconditionFailure("promise ledger snapshot does not round-trip") }
    } catch {
        if error.kind != .invalidData { preconditionFailure("unexpected error kind \(error.kind)") }
    }
    if let receivables = try? JSONDecoder().decode(ReceivablesLedger.self, from: bytes) {
        do {
            let again = try JSONDecoder().decode(ReceivablesLedger.self, from: try JSONEncoder().encode(receivables))
            if again != receivables { preconditionFailure("receivables ledger does not round-trip") }
        } catch {
            preconditionFailure("a decoded receivables ledger's own JSON failed to decode: \(error)")
        }
    }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzLedgerSnapshot_main` and links it as `main`.
@_cdecl("FuzzLedgerSnapshot_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
