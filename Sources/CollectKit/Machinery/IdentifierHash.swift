/// A seeded 64-bit hash of identifier bytes for the ledger's own hash tables.
///
/// Not `Hasher`: its per-process seed would make a stored index unreadable by the next
/// process, so a binary snapshot could not carry its indexes and restoring ten million
/// receivables would rebuild them. The seed is per ledger (random, kept in the snapshot), so
/// keys chosen to collide in one tenant's table do not collide in another's.
enum IdentifierHash {
    /// The hash of `bytes` under `seed`.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var h = seed ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = bytes.baseAddress else { return finish(h) }
        var offset = 0
        while offset &+ 8 <= count {
            h = mix(h ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        if offset < count {
            var tail: UInt64 = 0, shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) &<< shift
                shift &+= 8
                offset &+= 1
            }
            h = mix(h ^ tail)
        }
        return finish(h)
    }

    /// The hash of `text`'s UTF-8 bytes under `seed`.
    @inline(__always)
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        withUTF8(text) { hash($0, seed: seed) }
    }

    /// Runs `body` on `text`'s UTF-8 bytes, in place for native and small strings.
    @inline(__always)
    static func withUTF8<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBytes(body)
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        var x = x &* 0xBF58_476D_1CE4_E5B9
        x ^= x &>> 31
        return x &* 0x94D0_49BB_1331_11EB
    }

    @inline(__always)
    private static func finish(_ x: UInt64) -> UInt64 {
        var x = x
        x ^= x &>> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x &>> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x &>> 33)
    }

    /// A fresh random seed.
    static func randomSeed() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }
}
