/// Aho–Corasick over raw bytes with a dense transition row per state over byte classes (bytes
/// that occur in no pattern share one class): one table lookup per input byte.
///
/// ``MultiPatternMatcher`` uses it only for patterns that are not well-formed UTF-8, which the
/// much smaller ``CharacterTransitionTable`` cannot decode; for real lexicons its table runs
/// to megabytes (states × byte classes) and misses the cache on most bytes.
struct ByteTransitionTable: Sendable {
    private let byteClass: [UInt8]          // 256 entries
    private let classCount: Int
    private let transitions: [Int32]        // state * classCount + class
    private let outputStart: [Int32]        // per state, into `outputs`; one extra entry at the end
    private let outputs: [Int32]            // pattern indexes

    /// Builds the automaton over `patterns`; empty patterns are never reported.
    ///
    /// - Complexity: O(total pattern bytes × byte classes).
    init(patterns: [[UInt8]]) {
        // Byte classes: class 0 is "no pattern uses this byte".
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for pattern in patterns {
            for byte in pattern where byteClass[Int(byte)] == 0 {
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

        // Trie, stored flat (state * classCount + class): one allocation that grows.
        var table = [Int32](repeating: -1, count: classCount)
        table.reserveCapacity((patterns.reduce(0) { $0 + $1.count } + 1) * classCount)
        var terminal: [[Int32]] = [[]]
        var stateCount = 1
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let cls = Int(byteClass[Int(byte)])
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
        // Outputs: each state's own patterns (longest first), then its failure state's.
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
    }

    /// Calls `found` with the patterns ending at each position (longest first) and the
    /// position just after them, in order of position.
    @inline(__always)
    func scan(_ input: UnsafeBufferPointer<UInt8>, _ found: (UnsafeBufferPointer<Int32>, Int) -> Void) {
        byteClass.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { table in
                outputStart.withUnsafeBufferPointer { starts in
                    outputs.withUnsafeBufferPointer { outputs in
                        var state = 0
                        let width = classCount
                        for position in 0..<input.count {
                            let cls = Int(classes[Int(input[position])])
                            state = Int(table[state &* width &+ cls])
                            let first = Int(starts[state]), end = Int(starts[state &+ 1])
                            if first != end {
                                found(UnsafeBufferPointer(rebasing: outputs[first..<end]), position &+ 1)
                            }
                        }
                    }
                }
            }
        }
    }
}
