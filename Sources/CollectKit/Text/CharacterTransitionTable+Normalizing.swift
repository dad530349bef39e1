extension CharacterTransitionTable.Tables {
    /// Normalises `source` exactly like ``TextNormalizer/normalizedBytes(of:into:)`` into
    /// `target` and matches the normalised characters in the same pass, reporting exactly what
    /// ``scan(_:_:)`` over the finished bytes would report, in the same order.
    ///
    /// Why one pass: classifying a short utterance spent about a third of its time normalising
    /// and then decoding the same characters again to match them. Here each scalar is decoded
    /// and folded once, and its folded value picks the automaton's symbol directly.
    ///
    /// The patterns ending at a character are only reported once the next normalised byte is
    /// known, because whole-word patterns must not run into a following letter. A trailing
    /// space, which the normaliser drops, is dropped at the end with anything that ended on it.
    ///
    /// `found` receives the patterns ending at a position (longest first), that position,
    /// whether the next normalised byte is an ASCII letter or digit, and the bytes written so far
    /// (they include the match). `target` must hold at least `source.count` bytes, and
    /// `normalizer` must map ideographs to three-byte characters only
    /// (``TextNormalizer/keepsIdeographWidth``): folding then never
    /// lengthens text. Returns the normalised length.
    ///
    /// - Complexity: O(n + number of matches) in the UTF-8 length of `source`.
    @inline(__always)
    func scanNormalizing(_ source: UnsafeBufferPointer<UInt8>, with normalizer: TextNormalizer,
                         into target: UnsafeMutableBufferPointer<UInt8>,
                         _ found: (UnsafeBufferPointer<Int32>, Int, Bool, UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        let count = source.count
        // The caller only comes here with a normaliser that keeps every character's width or
        // shortens it (`TextNormalizer.keepsIdeographWidth`), so `out` never passes `index`: one
        // check here spares one per character.
        guard target.count >= count, let input = source.baseAddress, let output = target.baseAddress else { return 0 }
        let tables = self
        let spaceSymbol = Int(tables.asciiSymbol[0x20])
        var index = 0
        var out = 0
        // The last transition, flag included: when it entered a state where patterns end, they
        // are reported just before the next byte is written, so they end at `out`.
        var current: UInt32 = 0
        var lastWasSpace = true      // trims leading separators

        /// Reports the patterns that waited for the byte now being written at `end`. It takes
        /// the loop's variables as arguments: capturing them would keep them in memory.
        @inline(__always)
        func flush(_ current: UInt32, at end: Int, nextIsWordByte: Bool) {
            found(tables.patterns(endingIn: CharacterTransitionTable.state(current)), end, nextIsWordByte,
                  UnsafeBufferPointer(start: output, count: end))
        }

        while index < count {
            let lead = input[index]
            let symbol: Int
            if lead < 0x80 {
                // ASCII: one table entry says what the byte becomes and which symbol that is.
                index &+= 1
                let entry = tables.asciiFolded[Int(lead)]
                if entry >= Self.separator {
                    if lastWasSpace { continue }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                let byte = UInt8(truncatingIfNeeded: entry)
                symbol = Int(truncatingIfNeeded: (entry >> 8) & 0xFFFF)
                if CharacterTransitionTable.hasPatterns(current) { flush(current, at: out, nextIsWordByte: CharacterTransitionTable.isWordByte(byte)) }
                output[out] = byte
                out &+= 1
            } else {
                var value: UInt32
                if lead < 0xE0 {
                    guard index &+ 1 < count else { break }
                    value = UInt32(lead & 0x1F) << 6 | UInt32(input[index &+ 1] & 0x3F)
                    index &+= 2
                } else if lead < 0xF0 {
                    guard index &+ 2 < count else { break }
                    value = UInt32(lead & 0x0F) << 12 | UInt32(input[index &+ 1] & 0x3F) << 6
                        | UInt32(input[index &+ 2] & 0x3F)
                    index &+= 3
                } else {
                    guard index &+ 3 < count else { break }
                    value = UInt32(lead & 0x07) << 18 | UInt32(input[index &+ 1] & 0x3F) << 12
                        | UInt32(input[index &+ 2] & 0x3F) << 6 | UInt32(input[index &+ 3] & 0x3F)
                    index &+= 4
                }
                if value >= 0x4E00 && value <= 0x9FFF {
                    // CJK ideographs, most of Chinese text: no general fold, and a known width,
                    // since the normaliser maps ideographs to three-byte characters only; when
                    // already simplified, the source bytes as they are.
                    lastWasSpace = false
                    if CharacterTransitionTable.hasPatterns(current) { flush(current, at: out, nextIsWordByte: false) }
                    let simplified = normalizer.simplifiedIdeograph(value)
                    if simplified == value {
                        output[out] = lead
                        output[out &+ 1] = input[index &- 2]
                        output[out &+ 2] = input[index &- 1]
                    } else {
                        output[out] = UInt8(truncatingIfNeeded: 0xE0 | (simplified >> 12))
                        output[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((simplified >> 6) & 0x3F))
                        output[out &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (simplified & 0x3F))
                    }
                    out &+= 3
                    current = tables.step(from: CharacterTransitionTable.state(current), on: tables.symbol(ofNonASCII: simplified))
                    continue
                }
                value = normalizer.fold(value)
                if value == 0x20 {
                    if lastWasSpace { continue }
                    lastWasSpace = true
                    symbol = spaceSymbol
                    if CharacterTransitionTable.hasPatterns(current) { flush(current, at: out, nextIsWordByte: false) }
                    output[out] = 0x20
                    out &+= 1
                } else {
                    lastWasSpace = false
                    if CharacterTransitionTable.hasPatterns(current) {
                        flush(current, at: out, nextIsWordByte: value < 0x80 && CharacterTransitionTable.isWordByte(UInt8(truncatingIfNeeded: value)))
                    }
                    if value < 0x80 {
                        output[out] = UInt8(truncatingIfNeeded: value)
                        out &+= 1
                        symbol = Int(tables.asciiSymbol[Int(value)])
                    } else if value < 0x800 {
                        output[out] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
                        output[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                        out &+= 2
                        symbol = tables.symbol(ofNonASCII: value)
                    } else if value < 0x10000 {
                        output[out] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
                        output[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                        output[out &+ 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                        out &+= 3
                        symbol = tables.symbol(ofNonASCII: value)
                    } else {
                        output[out] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
                        output[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
                        output[out &+ 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
                        output[out &+ 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
                        out &+= 4
                        // Only bytes that are not a `String`'s could decode past U+10FFFF.
                        symbol = value <= 0x10FFFF ? tables.symbol(ofNonASCII: value) : 0
                    }
                }
            }
            current = tables.step(from: CharacterTransitionTable.state(current), on: symbol)
        }
        if lastWasSpace, out > 0 {
            // The normaliser drops a trailing space; so do the patterns that ended on it.
            out &-= 1
        } else if CharacterTransitionTable.hasPatterns(current) {
            flush(current, at: out, nextIsWordByte: false)
        }
        return out
    }
}

extension CharacterTransitionTable {
    /// An ASCII letter or digit after normalisation: what whole-word patterns must not touch.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
