/// Finds every occurrence of many patterns in one pass over UTF-8 bytes (Aho–Corasick).
///
/// Built once from a lexicon and shared: it is immutable and `Sendable`. Well-formed UTF-8
/// patterns (everything a ``TextNormalizer`` produces) are matched one character per step over
/// a packed table of a few hundred kilobytes (``CharacterTransitionTable``); other byte patterns
/// fall back to a dense table over byte classes. Either way matching is linear in the input
/// whatever the number of patterns, with no regular expressions and no backtracking, and both
/// report the same matches in the same order.
package struct MultiPatternMatcher: Sendable {
    /// One occurrence of a pattern.
    package struct Match: Hashable, Sendable {
        /// Index of the pattern in the array the matcher was built from.
        package let patternIndex: Int
        /// Where it occurs in the normalised bytes.
        package let byteRange: Range<Int>
    }

    /// A pattern to find.
    package struct Pattern: Hashable, Sendable {
        /// The bytes to find, already normalised like the text.
        package let bytes: [UInt8]
        /// Only report matches not embedded in a longer ASCII word or number
        /// ("pay" must not match inside "payment"). CJK text has no word boundaries,
        /// so the check only looks at ASCII letters and digits next to the match.
        package let wholeWord: Bool

        /// A pattern over normalised bytes.
        package init(bytes: [UInt8], wholeWord: Bool) {
            self.bytes = bytes
            self.wholeWord = wholeWord
        }
    }

    // The automaton: by character when every pattern is well-formed UTF-8 (exactly one of
    // the two is set), else by byte. Two optionals rather than an enum: reading an enum's
    // payload copies it, and each copy cost reference counting on every scan.
    private let characterTable: CharacterTransitionTable?
    // The character table's memory as plain pointers, valid while `characterTable` lives (as
    // long as `self`): scanning through them needs no reference count on the table.
    private let characterTables: CharacterTransitionTable.Tables?
    private let byteTable: ByteTransitionTable?
    // Per pattern: its byte length, with `wholeWordFlag` set for whole-word patterns. One
    // array, not two: a match then reads one cache line for both.
    private let patternShape: [Int32]
    private static let wholeWordFlag: Int32 = 1 << 30

    /// The number of patterns.
    package var patternCount: Int { patternShape.count }

    /// Builds the automaton. Empty patterns are ignored (they can never be reported).
    ///
    /// - Complexity: about linear in the total pattern length.
    package init(patterns: [Pattern]) {
        let bytes = patterns.map(\.bytes)
        characterTable = CharacterTransitionTable(patterns: bytes)
        characterTables = characterTable?.tables
        byteTable = characterTable == nil ? ByteTransitionTable(patterns: bytes) : nil
        // Longer patterns than 2^30 bytes cannot occur in text a `String` holds in memory here.
        self.patternShape = patterns.map { Int32(truncatingIfNeeded: min($0.bytes.count, (1 << 30) - 1)) | ($0.wholeWord ? Self.wholeWordFlag : 0) }
    }

    /// Whether the compact character automaton is in use (false only for malformed UTF-8 patterns).
    var matchesByCharacter: Bool { characterTable != nil }

    /// Calls `body` for every match in `bytes`, in order of where the match ends; matches ending
    /// at the same place come longest first, equal patterns in the order they were given.
    ///
    /// - Complexity: O(n + number of matches).
    @inlinable
    package func forEachMatch(in bytes: [UInt8], _ body: (Match) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, body)
        }
    }

    /// Calls `body` for every match in the normalised text.
    @inlinable
    package func forEachMatch(in text: NormalizedText, _ body: (Match) -> Void) {
        forEachMatch(in: text.bytes, body)
    }

    /// All matches in `text`, in order of where they end.
    package func matches(in text: NormalizedText) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text) { found.append($0) }
        return found
    }

    /// Normalises `text` with `normalizer` into `storage` and calls `body` for every match in
    /// the normalised bytes, in one pass: the same matches in the same order as
    /// ``TextNormalizer/normalizedBytes(of:into:)`` followed by ``forEachMatch(in:_:)-([UInt8],_)``
    /// over its result, for about the cost of the matching alone.
    ///
    /// `body` also receives the normalised bytes written so far, which end at or after the
    /// match, so it can look at what came before (a negation cue, a clause break). When it
    /// returns, `storage` starts with the normalised text; the return value is its length.
    ///
    /// - Complexity: O(n + number of matches) in the UTF-8 length of `text`.
    package func forEachMatch(normalizing text: String, with normalizer: TextNormalizer, into storage: inout [UInt8],
                             _ body: (Match, UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        let needed = text.utf8.count
        if storage.count < needed { storage = [UInt8](repeating: 0, count: max(needed, 64)) }
        // A normaliser whose table maps ideographs to other widths (letters, emoji) takes the
        // two-pass route, whose normaliser checks every write against the buffer.
        guard let table = characterTables, normalizer.keepsIdeographWidth else {
            let length = normalizer.normalizedBytes(of: text, into: &storage)
            storage.withUnsafeBufferPointer { all in
                let normalized = UnsafeBufferPointer(rebasing: all[0..<min(length, all.count)])
                scan(normalized) { body($0, normalized) }
            }
            return length
        }
        return patternShape.withUnsafeBufferPointer { shapes in
            storage.withUnsafeMutableBufferPointer { target in
                func run(_ source: UnsafeBufferPointer<UInt8>) -> Int {
                    table.scanNormalizing(source, with: normalizer, into: target) { patterns, end, nextIsWordByte, written in
                        Self.report(patterns, endingAt: end, in: written, nextIsWordByte: nextIsWordByte,
                                    shapes: shapes) { body($0, written) }
                    }
                }
                if let length = text.utf8.withContiguousStorageIfAvailable(run) { return length }
                // Bridged or non-contiguous strings: copy once, then take the same path.
                return Array(text.utf8).withUnsafeBufferPointer(run)
            }
        }
    }

    @usableFromInline
    func scan(_ input: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        patternShape.withUnsafeBufferPointer { shapes in
            func found(_ patterns: UnsafeBufferPointer<Int32>, _ end: Int) {
                let nextIsWordByte = end < input.count && CharacterTransitionTable.isWordByte(input[end])
                Self.report(patterns, endingAt: end, in: input, nextIsWordByte: nextIsWordByte, shapes: shapes, body)
            }
            if let table = characterTable {
                table.scan(input, found)
            } else if let table = byteTable {
                table.scan(input, found)
            }
        }
    }

    /// Reports the `patterns` ending at `end` that pass the whole-word test; `input` holds
    /// the text up to at least `end`, and `nextIsWordByte` tells what follows.
    @inline(__always)
    private static func report(_ patterns: UnsafeBufferPointer<Int32>, endingAt end: Int,
                               in input: UnsafeBufferPointer<UInt8>, nextIsWordByte: Bool,
                               shapes: UnsafeBufferPointer<Int32>,
                               _ body: (Match) -> Void) {
        for pattern in patterns {
            let pattern = Int(pattern)
            let shape = shapes[pattern]
            let start = end - Int(shape & (wholeWordFlag - 1))
            if shape & wholeWordFlag != 0 {
                if start > 0, isWordByte(input[start - 1]), isWordByte(input[start]) { continue }
                if nextIsWordByte, isWordByte(input[end - 1]) { continue }
            }
            body(Match(patternIndex: pattern, byteRange: start..<end))
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool { CharacterTransitionTable.isWordByte(byte) }
}
