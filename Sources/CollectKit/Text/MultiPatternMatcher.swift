/// Finds every occurrence of many patterns in one pass over UTF-8 bytes (Aho–Corasick).
///
/// Built once from a lexicon and shared: it is immutable and `Sendable`. Transitions are a
/// dense table over byte classes (bytes that occur in no pattern share one class), so each
/// input byte costs one table lookup and matching is linear in the input whatever the
/// number of patterns. No regular expressions, no backtracking.
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

    private let byteClass: [UInt8]          // 256 entries
    private let classCount: Int
    private let transitions: [Int32]        // state * classCount + class
    private let outputStart: [Int32]        // per state, into `outputs`; one extra entry at the end
    private let outputs: [Int32]            // pattern indexes
    private let patternLength: [Int32]
    private let patternWholeWord: [Bool]

    /// The number of patterns.
    public var patternCount: Int { patternLength.count }

    /// Builds the automaton. Empty patterns are ignored (they can never be reported).
    ///
    /// - Complexity: O(total pattern bytes × byte classes).
    public init(patterns: [Pattern]) {
        // Byte classes: class 0 is "no pattern uses this byte".
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for pattern in patterns {
            for byte in pattern.bytes where byteClass[Int(byte)] == 0 {
                if classCount < 255 {
                    byteClass[Int(byte)] = UInt8(classCount)
                    classCount += 1
                }
            }
        }
        // With more than 254 distinct bytes, fall back to identity classes.
        if classCount >= 255 {
            for byte in 0..<256 { byteClass[byte] = UInt8(truncatingIfNeeded: byte) }
            classCount = 256
        }

        // Trie, stored flat (state * classCount + class): one allocation that grows, instead of
        // an array per state, keeps building a lexicon of thousands of phrases in milliseconds.
        var table = [Int32](repeating: -1, count: classCount)
        // At most one state per pattern byte: reserving up front avoids copying the table as it grows.
        table.reserveCapacity((patterns.reduce(0) { $0 + $1.bytes.count } + 1) * classCount)
        var terminal: [[Int32]] = [[]]
        var stateCount = 1
        for (index, pattern) in patterns.enumerated() where !pattern.bytes.isEmpty {
            var state = 0
            for byte in pattern.bytes {
                let cls = classCount == 256 ? Int(byte) : Int(byteClass[Int(byte)])
                if table[state * classCount + cls] < 0 {
                    table[state * classCount + cls] = Int32(stateCount)
                    table.append(contentsOf: repeatElement(-1, count: classCount))
                    terminal.append([])
                    stateCount += 1
                }
                state = Int(table[state * classCount + cls])
            }
            terminal[state].append(Int32(index))
        }

        // Breadth-first failure links; complete the goto function into a DFA.
        var failure = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = []
        order.reserveCapacity(stateCount)
        table.withUnsafeMutableBufferPointer { trie in
            for cls in 0..<classCount {
                let next = trie[cls]
                if next < 0 { trie[cls] = 0 } else { failure[Int(next)] = 0; order.append(Int(next)) }
            }
            var head = 0
            while head < order.count {
                let state = order[head]
                head += 1
                let row = state * classCount
                let failureRow = Int(failure[state]) * classCount
                for cls in 0..<classCount {
                    let next = trie[row + cls]
                    if next < 0 {
                        trie[row + cls] = trie[failureRow + cls]
                    } else {
                        failure[Int(next)] = trie[failureRow + cls]
                        order.append(Int(next))
                    }
                }
            }
        }
        // Outputs: each state's own patterns plus its failure state's (already complete in BFS order).
        var merged = terminal
        for state in order where !merged[Int(failure[state])].isEmpty { merged[state] += merged[Int(failure[state])] }

        var outputStart: [Int32] = []
        var outputs: [Int32] = []
        outputStart.reserveCapacity(stateCount + 1)
        for state in 0..<stateCount {
            outputStart.append(Int32(outputs.count))
            outputs += merged[state]
        }
        outputStart.append(Int32(outputs.count))

        self.byteClass = byteClass
        self.classCount = classCount
        self.transitions = table
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternLength = patterns.map { Int32($0.bytes.count) }
        self.patternWholeWord = patterns.map(\.wholeWord)
    }

    /// Calls `body` for every match in `bytes`, in order of where the match ends.
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
        byteClass.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { table in
                outputStart.withUnsafeBufferPointer { starts in
                    var state = 0
                    let width = classCount
                    for position in 0..<input.count {
                        let cls = Int(classes[Int(input[position])])
                        state = Int(table[state &* width &+ cls])
                        let first = Int(starts[state]), end = Int(starts[state &+ 1])
                        if first != end {
                            report(first..<end, endingAt: position &+ 1, in: input, body)
                        }
                    }
                }
            }
        }
    }

    private func report(_ slots: Range<Int>, endingAt end: Int, in input: UnsafeBufferPointer<UInt8>,
                        _ body: (Match) -> Void) {
        for slot in slots {
            let pattern = Int(outputs[slot])
            let start = end - Int(patternLength[pattern])
            if patternWholeWord[pattern] {
                if start > 0, Self.isWordByte(input[start - 1]), Self.isWordByte(input[start]) { continue }
                if end < input.count, Self.isWordByte(input[end]), Self.isWordByte(input[end - 1]) { continue }
            }
            body(Match(patternIndex: pattern, byteRange: start..<end))
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
