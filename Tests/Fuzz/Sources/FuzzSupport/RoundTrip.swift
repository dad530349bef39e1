import Foundation

/// The fuzz input as `Data`, or `nil` when libFuzzer passes no buffer.
public func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Data? {
    guard let data else { return nil }
    return Data(bytes: data, count: size)
}

/// Traps, which libFuzzer records as a finding, unless `readsBack` says that a value read from
/// fuzz input reads back unchanged from its own encoding. An error while reading back is a
/// finding too: whatever the library accepted, it must be able to read again.
public func requireRoundTrip(_ what: String, _ readsBack: () throws -> Bool) {
    do {
        if try !readsBack() { preconditionFailure("\(what) does not round-trip") }
    } catch {
        preconditionFailure("\(what): its own encoding failed to read back: \(error)")
    }
}
