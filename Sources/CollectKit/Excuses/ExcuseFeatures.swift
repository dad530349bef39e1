/// Hashes the n-grams of normalised text straight from its bytes, without building strings:
/// character 1–3-grams over runs of CJK (non-ASCII) characters, and word 1–2-grams plus
/// character 4-grams inside each word (with word-boundary marks) over ASCII words. Digits
/// hash alike, so "3.5w" and "8w" share features.
package enum ExcuseFeatures {
    /// Calls `emit` with a 64-bit hash for every n-gram of `bytes`.
    ///
    /// - Complexity: O(n).
    @inline(__always)
    package static func forEachHash(in bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt64) -> Void) {
        let count = bytes.count
        var position = 0
        var char1: UInt64 = 0, char2: UInt64 = 0, charRun = 0
        var word: UInt64 = 0, previousWord: UInt64 = 0, inWord = false, hasPreviousWord = false
        var gram: UInt64 = 0, gramLength = 0
        while position < count {
            let byte = bytes[position]
            if byte >= 0x80 {
                if inWord { finishGram(gram, gramLength, emit); finishWord(word, previous: previousWord, hasPrevious: hasPreviousWord, emit); previousWord = word; hasPreviousWord = true; inWord = false }
                // One scalar: the lead byte and its continuation bytes.
                var scalar = UInt64(byte)
                position += 1
                while position < count, bytes[position] & 0xC0 == 0x80 {
                    scalar = (scalar << 8) | UInt64(bytes[position])
                    position += 1
                }
                let h = mix(scalar &* 0x9E37_79B9_7F4A_7C15)
                emit(h)
                if charRun >= 1 { emit(mix(char1 &* 0xC2B2_AE3D_27D4_EB4F ^ h ^ 0x1)) }
                if charRun >= 2 { emit(mix(char2 &* 0x1656_67B1_9E37_79F9 ^ char1 &* 0xC2B2_AE3D_27D4_EB4F ^ h ^ 0x2)) }
                char2 = char1; char1 = h; charRun += 1
                hasPreviousWord = false
                continue
            }
            if byte == 0x20 {
                charRun = 0
                if inWord { finishGram(gram, gramLength, emit); finishWord(word, previous: previousWord, hasPrevious: hasPreviousWord, emit); previousWord = word; hasPreviousWord = true; inWord = false }
            } else {
                charRun = 0
                let folded = (byte >= 0x30 && byte <= 0x39) ? UInt8(0x30) : byte
                if !inWord { word = 0xCBF2_9CE4_8422_2325; inWord = true; gram = UInt64(gramBoundary); gramLength = 1 }
                word = (word ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
                gram = (gram << 8 | UInt64(folded)) & gramMask
                gramLength &+= 1
                if gramLength >= gramSize { emit(mix(gram ^ gramSalt)) }
            }
            position += 1
        }
        if inWord { finishGram(gram, gramLength, emit); finishWord(word, previous: previousWord, hasPrevious: hasPreviousWord, emit) }
    }

    /// Characters per n-gram inside an English word: typos and inflections ("invocie",
    /// "delayed"/"delaying") still share most of them with the spelling seen in training.
    static let gramSize = 4
    static let gramMask: UInt64 = gramSize >= 8 ? ~0 : (1 << (8 * UInt64(gramSize))) - 1
    static let gramBoundary: UInt8 = 0x5E
    static let gramSalt: UInt64 = 0x6A09_E667_F3BC_C908

    @inline(__always)
    private static func finishGram(_ gram: UInt64, _ length: Int, _ emit: (UInt64) -> Void) {
        if length + 1 >= gramSize { emit(mix(((gram << 8) | UInt64(gramBoundary)) & gramMask ^ gramSalt)) }
    }

    @inline(__always)
    private static func finishWord(_ word: UInt64, previous: UInt64, hasPrevious: Bool, _ emit: (UInt64) -> Void) {
        let h = mix(word ^ 0x5555)
        emit(h)
        if hasPrevious { emit(mix(previous &* 0xC2B2_AE3D_27D4_EB4F ^ word ^ 0x3)) }
    }

    /// One multiply and a fold of the high half into the low half: enough spread for bucket
    /// indexes taken from the low bits, and cheap on the hot path.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        let x = (value ^ (value >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return x ^ (x >> 32)
    }
}
