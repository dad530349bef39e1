import CollectKit
import FuzzDriver
import FuzzSupport
import Foundation

/// Reads arbitrary bytes as a binary snapshot and as a block of binary journal entries. Each
/// must be rejected with `invalidData` (or an entry's own validation error) or read back equal
/// after encoding again; a snapshot that reads must also restore an engine and age.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = fuzzInput(data, size) else { return 0 }
    do {
        let snapshot = try CollectionSnapshot(binaryRepresentation: bytes)
        requireRoundTrip("binary snapshot") { try CollectionSnapshot(binaryRepresentation: snapshot.binaryRepresentation()) == snapshot }
        requireRoundTrip("JSON of a binary snapshot") { try CollectionSnapshot(jsonRepresentation: try snapshot.jsonRepresentation()) == snapshot }
    } catch {
        if error.kind != .invalidData && error.kind != .invalidCurrency && error.kind != .invalidArgument {
            preconditionFailure("unexpected error kind \(error.kind)")
        }
    }
    if let entries = try? JournalBlock.decode(bytes) {
        requireRoundTrip("binary journal") { try JournalEntry.entries(fromBinary: JournalEntry.binaryRepresentation(of: entries)) == entries }
    }
    return 0
}

/// The journal reader, named so the harness reads as what it checks.
enum JournalBlock {
    static func decode(_ bytes: Data) throws -> [JournalEntry] { try JournalEntry.entries(fromBinary: bytes) }
}

/// The program's entry: SwiftPM names it `FuzzBinarySnapshot_main` and links it as `main`.
@_cdecl("FuzzBinarySnapshot_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
