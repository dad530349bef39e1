extension TextNormalizer {
    /// Normalises `text` exactly like ``normalize(_:)`` into reusable `storage`, without the
    /// map back to the original text, and returns the number of bytes written.
    ///
    /// This is the hot path for classifying many utterances: no allocation once `storage`
    /// has grown to the longest text, and ASCII bytes skip Unicode decoding.
    ///
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    package func normalizedBytes(of text: String, into storage: inout [UInt8]) -> Int {
        // A host's table may fold a three-byte ideograph to a four-byte character: room for that.
        let needed = keepsIdeographWidth ? text.utf8.count : text.utf8.count / 3 * 4 + 4
        if storage.count < needed { storage = [UInt8](repeating: 0, count: max(needed, 64)) }
        if let written = text.utf8.withContiguousStorageIfAvailable({ source in
            storage.withUnsafeMutableBufferPointer { normalize(source, into: $0) }
        }) {
            return written
        }
        // Bridged or non-contiguous strings: copy once, then take the same path.
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer { source in
            storage.withUnsafeMutableBufferPointer { normalize(source, into: $0) }
        }
    }

    /// Folds valid UTF-8 `source` into `target`, which holds at least `source.count` bytes
    /// (folding never lengthens text: every fold keeps or shrinks a scalar's UTF-8 width).
    private func normalize(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var out = 0
        var lastWasSpace = true
        var index = 0
        let count = source.count
        let capacity = target.count
        while index < count {
            let lead = source[index]
            var value: UInt32
            if lead < 0x80 {
                index += 1
                // ASCII: letters fold to lower case, digits and % stay, everything else separates.
                if lead >= 0x61 && lead <= 0x7A || lead >= 0x30 && lead <= 0x39 || lead == 0x25 {
                    guard out < capacity else { break }
                    target[out] = lead; out += 1; lastWasSpace = false
                } else if lead >= 0x41 && lead <= 0x5A {
                    guard out < capacity else { break }
                    target[out] = lead | 0x20; out += 1; lastWasSpace = false
                } else if !lastWasSpace {
                    guard out < capacity else { break }
                    target[out] = 0x20; out += 1; lastWasSpace = true
                }
                continue
            } else if lead < 0xE0 {
                guard index + 1 < count else { break }
                value = UInt32(lead & 0x1F) << 6 | UInt32(source[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { break }
                value = UInt32(lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6 | UInt32(source[index + 2] & 0x3F)
                index += 3
                // CJK ideographs already simplified, most of Chinese text: copy them as they are.
                if value >= 0x4E00 && value <= 0x9FFF && simplifiedIdeograph(value) == value {
                    guard out + 2 < capacity else { return out }
                    target[out] = lead
                    target[out + 1] = source[index - 2]
                    target[out + 2] = source[index - 1]
                    out += 3
                    lastWasSpace = false
                    continue
                }
            } else {
                guard index + 3 < count else { break }
                value = UInt32(lead & 0x07) << 18 | UInt32(source[index + 1] & 0x3F) << 12
                    | UInt32(source[index + 2] & 0x3F) << 6 | UInt32(source[index + 3] & 0x3F)
                index += 4
            }
            value = fold(value)
            if value == 0x20 {
                if !lastWasSpace {
                    guard out < capacity else { break }
                    target[out] = 0x20; out += 1; lastWasSpace = true
                }
                continue
            }
            lastWasSpace = false
            switch value {
            case 0..<0x80:
                guard out < capacity else { return out }
                target[out] = UInt8(value); out += 1
            case 0x80..<0x800:
                guard out + 1 < capacity else { return out }
                target[out] = UInt8(0xC0 | (value >> 6))
                target[out + 1] = UInt8(0x80 | (value & 0x3F))
                out += 2
            case 0x800..<0x10000:
                guard out + 2 < capacity else { return out }
                target[out] = UInt8(0xE0 | (value >> 12))
                target[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                target[out + 2] = UInt8(0x80 | (value & 0x3F))
                out += 3
            default:
                guard out + 3 < capacity else { return out }
                target[out] = UInt8(0xF0 | (value >> 18))
                target[out + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                target[out + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                target[out + 3] = UInt8(0x80 | (value & 0x3F))
                out += 4
            }
        }
        if lastWasSpace, out > 0, target[out - 1] == 0x20 { out -= 1 }
        return out
    }
}
