import CollectKit
import FuzzDriver
import FuzzSupport
import Foundation

/// Reads arbitrary bytes as a promise-ledger snapshot and as a receivables ledger. A snapshot
/// must be rejected with `invalidData` or give a ledger whose snapshot reads back equal and
/// that evaluates without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = fuzzInput(data, size) else { return 0 }
    do {
        let ledger = try PromiseLedger.fromJSONSnapshot(bytes)
        requireRoundTrip("promise ledger snapshot") { try PromiseLedger.fromJSONSnapshot(try ledger.jsonSnapshot()) == ledger }
    } catch {
        if error.kind != .invalidData { preconditionFailure("unexpected error kind \(error.kind)") }
    }
    if let receivables = try? JSONDecoder().decode(ReceivablesLedger.self, from: bytes) {
        requireRoundTrip("receivables ledger") {
            try JSONDecoder().decode(ReceivablesLedger.self, from: try JSONEncoder().encode(receivables)) == receivables
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
