/// Finds every occurrence of many patterns in one pass over UTF-8 bytes (Aho–Corasick).
///
/// Built once from a lexicon and shared: it is immutable and `Sendable`. Well-formed UTF-8
/// patterns (everything a ``TextNormalizer`` produces) are matched one character per step over
/// a packed table of a few hundred kilobytes (``CharacterTransitionTable``); other byte patterns
/// fall back to a dense table over byte classes. Either way matching is linear in the input
/// whatever the number of patterns, with no regular expressions and no backtracking, and both
/// report the same matches in the same order.
public struct MultiPatternMatcher: Sendable {
    /// One occurrence of a pattern.
    public struct Match: Hashable, Sendable {
        /// Index of the pattern in the array the matcher was built from.
        public let patternIndex: Int
        /// Where it occurs in the normalised bytes.
        public let byteRange: Range<Int>
    }

    /// A pattern to find.
    public struct Pattern: Hashable, Sendable {
        /// The bytes to find, already normalised like the text.
        public let bytes: [UInt8]
        /// Only report matches not embedded in a longer ASCII word or number
        /// ("pay" must not match inside "payment"). CJK text has no word boundaries,
        /// so the check only looks at ASCII letters and digits next to the match.
        public let wholeWord: Bool

        /// A pattern over normalised bytes.
        public init(bytes: [UInt8], wholeWord: Bool) {
            self.bytes = bytes
            self.wholeWord = wholeWord
        }
    }

    /// The automaton: by character when every pattern is well-formed UTF-8, else by byte.
    private enum Engine: Sendable {
        case characters(CharacterTransitionTable)
        case bytes(ByteTransitionTable)
    }

    private let engine: Engine
    private let patternLength: [Int32]
    private let patternWholeWord: [Bool]

    /// The number of patterns.
    public var patternCount: Int { patternLength.count }

    /// Builds the automaton. Empty patterns are ignored (they can never be reported).
    ///
    /// - Complexity: about linear in the total pattern length.
    public init(patterns: [Pattern]) {
        let bytes = patterns.map(\.bytes)
        if let table = CharacterTransitionTable(patterns: bytes) {
            engine = .characters(table)
        } else {
            engine = .bytes(ByteTransitionTable(patterns: bytes))
        }
        self.patternLength = patterns.map { Int32($0.bytes.count) }
        self.patternWholeWord = patterns.map(\.wholeWord)
    }

    /// Whether the compact character automaton is in use (false only for malformed UTF-8 patterns).
    var matchesByCharacter: Bool {
        if case .characters = engine { return true }
        return false
    }

    /// Calls `body` for every match in `bytes`, in order of where the match ends; matches ending
    /// at the same place come longest first, equal patterns in the order they were given.
    ///
    /// - Complexity: O(n + number of matches).
    @inlinable
    public func forEachMatch(in bytes: [UInt8], _ body: (Match) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            scan(buffer, body)
        }
    }

    /// Calls `body` for every match in the normalised text.
    @inlinable
    public func forEachMatch(in text: NormalizedText, _ body: (Match) -> Void) {
        forEachMatch(in: text.bytes, body)
    }

    /// All matches in `text`, in order of where they end.
    public func matches(in text: NormalizedText) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text) { found.append($0) }
        return found
    }

    @usableFromInline
    func scan(_ input: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        patternLength.withUnsafeBufferPointer { lengths in
            patternWholeWord.withUnsafeBufferPointer { wholeWord in
                switch engine {
                case .characters(let table):
                    table.scan(input) { patterns, end in
                        Self.report(patterns, endingAt: end, in: input, lengths: lengths, wholeWord: wholeWord, body)
                    }
                case .bytes(let table):
                    table.scan(input) { patterns, end in
                        Self.report(patterns, endingAt: end, in: input, lengths: lengths, wholeWord: wholeWord, body)
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func report(_ patterns: UnsafeBufferPointer<Int32>, endingAt end: Int,
                               in input: UnsafeBufferPointer<UInt8>, lengths: UnsafeBufferPointer<Int32>,
                               wholeWord: UnsafeBufferPointer<Bool>, _ body: (Match) -> Void) {
        for pattern in patterns {
            let pattern = Int(pattern)
            let start = end - Int(lengths[pattern])
            if wholeWord[pattern] {
                if start > 0, isWordByte(input[start - 1]), isWordByte(input[start]) { continue }
                if end < input.count, isWordByte(input[end]), isWordByte(input[end - 1]) { continue }
            }
            body(Match(patternIndex: pattern, byteRange: start..<end))
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
