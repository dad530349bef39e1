/// A least-significant-byte-first radix sort of 64-bit keys carrying 32-bit values.
enum RadixSort {
    /// Sorts `keys` ascending, moving `values` (same count) alike; stable, least significant
    /// byte first. A byte on which every key agrees needs no pass.
    static func sort(keys: inout [UInt64], carrying values: inout [Int32]) {
        let count = keys.count
        guard count > 1, values.count == count else { return }
        var spareKeys = [UInt64](repeating: 0, count: count)
        var spareValues = [Int32](repeating: 0, count: count)
        var starts = [Int](repeating: 0, count: 256)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            for bucket in 0..<256 { starts[bucket] = 0 }
            for key in keys { starts[Int(truncatingIfNeeded: key &>> shift) & 0xFF] += 1 }
            if starts.contains(count) { continue }
            var total = 0
            for bucket in 0..<256 {
                let size = starts[bucket]
                starts[bucket] = total
                total += size
            }
            keys.withUnsafeBufferPointer { sourceKeys in
                values.withUnsafeBufferPointer { sourceValues in
                    spareKeys.withUnsafeMutableBufferPointer { targetKeys in
                        spareValues.withUnsafeMutableBufferPointer { targetValues in
                            starts.withUnsafeMutableBufferPointer { next in
                                for i in 0..<count {
                                    let key = sourceKeys[i]
                                    let bucket = Int(truncatingIfNeeded: key &>> shift) & 0xFF
                                    let target = next[bucket]
                                    next[bucket] = target &+ 1
                                    targetKeys[target] = key
                                    targetValues[target] = sourceValues[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &spareKeys)
            swap(&values, &spareValues)
        }
    }

}
