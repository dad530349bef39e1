/// Aho–Corasick over the characters of UTF-8 text, stored as one small array of per-state
/// records: the engine behind ``MultiPatternMatcher`` for well-formed patterns.
///
/// Why not a dense table over bytes: a lexicon of a few thousand Chinese and English phrases has
/// ~20k byte-level states × ~100 byte classes, megabytes that miss the cache on almost every
/// byte. Here each distinct character that occurs in a pattern gets a small symbol number
/// (others are symbol 0 and send the automaton back to the root), a CJK character is one step
/// instead of three, and only trie edges are stored: the root as a dense row by symbol, every
/// other state as a record holding its failure link, its outputs and its few children, in one
/// or two cache lines. A step reads the current state's record; a miss follows failure links
/// (amortised at most one per character). The root's children come first, together, since most
/// text passes through them; every deeper subtree follows depth first, so walking a phrase reads
/// records forwards in memory (fewer cache misses than a breadth-first layout). The whole table
/// is a few hundred kilobytes.
///
/// A class that owns its tables as raw buffers, written once in `init` and only read after:
/// a scan then costs no reference counting at all (copying six arrays into every call cost
/// about a sixth of a lexicon classification), and sharing it across tasks is safe.
///
/// Equivalent to byte-level matching: a well-formed pattern starts with an ASCII or lead byte,
/// which no decoded character of the text can straddle, so every byte-level occurrence is an
/// occurrence of the same characters. Malformed input bytes decode as symbol 0, one byte each.
final class CharacterTransitionTable: @unchecked Sendable {
    static let hasOutput: UInt32 = 1 << 31
    static let stateMask: UInt32 = hasOutput - 1
    static let headerSize = 2
    /// Up to this many children are searched one by one; more are searched by halves, or kept in a dense row.
    static let linearLimit = 8
    static let pageBits = 7
    static let pageMask = (1 << pageBits) - 1

    /// The tables, as plain pointers: a scan copies this into locals once, so the compiler
    /// need not reload a field after every byte it writes. Sendable because the memory is
    /// written once, in the table's `init`, and only read after; it lives as long as the table.
    struct Tables: @unchecked Sendable {
        let asciiSymbol: UnsafeMutablePointer<UInt16>   // 128 entries
        /// By raw ASCII byte: its normalised byte | that byte's symbol << 8, with ``separator``
        /// set (and the space's symbol) for bytes the normaliser turns into a space.
        let asciiFolded: UnsafeMutablePointer<UInt32>   // 128 entries
        let pageOf: UnsafeMutablePointer<UInt16>        // per page of 128 scalars up to U+10FFFF; 0 = no symbols on it
        let pageSymbols: UnsafeMutablePointer<UInt16>   // pages of 128 symbols; page 0 is all zeros
        let rootRow: UnsafeMutablePointer<UInt32>       // by symbol: the root's child (0 = stay at the root)
        let nodes: UnsafeMutablePointer<UInt32>         // the other states' records, by offset (a state's id)
        let outputs: UnsafeMutablePointer<Int32>        // pattern indexes, longest pattern first

        /// Marks an ``asciiFolded`` entry whose byte separates words.
        static let separator: UInt32 = 1 << 31

        /// The symbol of a scalar at or above U+0080 and at most U+10FFFF (0 when no pattern uses it).
        @inline(__always)
        func symbol(ofNonASCII value: UInt32) -> Int {
            let page = Int(pageOf[Int(value) >> CharacterTransitionTable.pageBits])
            return Int(pageSymbols[page << CharacterTransitionTable.pageBits | Int(value) & CharacterTransitionTable.pageMask])
        }

        /// The patterns ending in `state` (one that has outputs), longest first.
        @inline(__always)
        func patterns(endingIn state: Int) -> UnsafeBufferPointer<Int32> {
            let first = Int(nodes[state &- 2]), end = Int(nodes[state &- 1])
            return UnsafeBufferPointer(start: outputs + first, count: end &- first)
        }

        /// The transition from `state` on `symbol`, following failure links: the next state's
        /// id, with ``CharacterTransitionTable/hasOutput`` set when patterns end there.
        @inline(__always)
        func step(from state: Int, on symbol: Int) -> UInt32 {
            if symbol == 0 { return 0 }
            var state = state
            while true {
                if state == 0 { return rootRow[symbol] }
                let children = Int(nodes[state &+ 1])
                let first = state &+ CharacterTransitionTable.headerSize
                if children == 1 {
                    // Most states lie inside one phrase: a single child, no loop.
                    if Int(nodes[first]) == symbol { return nodes[first &+ 1] }
                } else if children <= CharacterTransitionTable.linearLimit {
                    var index = 0
                    while index < children, Int(nodes[first &+ index]) != symbol { index &+= 1 }
                    if index < children { return nodes[first &+ children &+ index] }
                } else if UInt32(truncatingIfNeeded: children) == UInt32.max {
                    let next = nodes[first &+ symbol]
                    if next != 0 { return next }
                } else {
                    // Binary search over the sorted symbols.
                    var low = 0, high = children
                    while low < high {
                        let middle = (low &+ high) >> 1
                        if Int(nodes[first &+ middle]) < symbol { low = middle &+ 1 } else { high = middle }
                    }
                    if low < children, Int(nodes[first &+ low]) == symbol { return nodes[first &+ children &+ low] }
                }
                state = Int(nodes[state])
            }
        }
    }

    let tables: Tables

    /// Builds the table, or returns `nil` when a pattern is not well-formed UTF-8 (or the
    /// patterns use more than 65,535 distinct characters), which only the byte table handles.
    ///
    /// - Complexity: about linear in the total pattern length; placing rows is first-fit.
    init?(patterns: [[UInt8]]) {
        // Symbols, in first-seen order.
        var asciiSymbol = [UInt16](repeating: 0, count: 128)
        var pageOf = [UInt16](repeating: 0, count: (0x10FFFF >> Self.pageBits) + 1)
        var pageSymbols = [UInt16](repeating: 0, count: 1 << Self.pageBits)
        var symbolCount = 0
        var encoded: [[Int32]] = []
        encoded.reserveCapacity(patterns.count)
        for pattern in patterns {
            var symbols: [Int32] = []
            symbols.reserveCapacity(pattern.count)
            let wellFormed = pattern.withUnsafeBufferPointer { bytes -> Bool in
                var index = 0
                while index < bytes.count {
                    let (value, length) = Self.decode(bytes, at: index)
                    guard length > 0 else { return false }
                    index += length
                    var symbol: Int
                    if value < 0x80 {
                        symbol = Int(asciiSymbol[Int(value)])
                    } else {
                        let page = Int(value) >> Self.pageBits
                        if pageOf[page] == 0 {
                            pageOf[page] = UInt16(pageSymbols.count >> Self.pageBits)
                            pageSymbols.append(contentsOf: repeatElement(0, count: 1 << Self.pageBits))
                        }
                        symbol = Int(pageSymbols[Int(pageOf[page]) << Self.pageBits | Int(value) & Self.pageMask])
                    }
                    if symbol == 0 {
                        guard symbolCount < Int(UInt16.max) else { return false }
                        symbolCount += 1
                        symbol = symbolCount
                        if value < 0x80 {
                            asciiSymbol[Int(value)] = UInt16(symbol)
                        } else {
                            pageSymbols[Int(pageOf[Int(value) >> Self.pageBits]) << Self.pageBits
                                        | Int(value) & Self.pageMask] = UInt16(symbol)
                        }
                    }
                    symbols.append(Int32(symbol))
                }
                return true
            }
            guard wellFormed, pageSymbols.count >> Self.pageBits <= Int(UInt16.max) else { return nil }
            encoded.append(symbols)
        }

        // Trie. Edges are found through one dictionary while building; the packed cells replace it.
        var edge: [Int: Int32] = [:]
        edge.reserveCapacity(encoded.reduce(0) { $0 + $1.count })
        var terminal: [[Int32]] = [[]]
        var children: [[Int32]] = [[]]     // child symbols per state
        var stateCount = 1
        for (index, symbols) in encoded.enumerated() where !symbols.isEmpty {
            var state = 0
            for symbol in symbols {
                let key = state << 16 | Int(symbol)
                if let next = edge[key] {
                    state = Int(next)
                } else {
                    edge[key] = Int32(stateCount)
                    children[state].append(symbol)
                    children.append([])
                    terminal.append([])
                    state = stateCount
                    stateCount += 1
                }
            }
            terminal[state].append(Int32(index))
        }

        // Breadth-first failure links (the longest proper suffix that is also a trie path).
        var failure = [Int32](repeating: 0, count: stateCount)
        var order: [Int] = []
        order.reserveCapacity(stateCount)
        for symbol in children[0] { if let child = edge[Int(symbol)] { order.append(Int(child)) } }
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            for symbol in children[state] {
                guard let child = edge[state << 16 | Int(symbol)] else { continue }
                var fallback = Int(failure[state])
                while fallback != 0, edge[fallback << 16 | Int(symbol)] == nil { fallback = Int(failure[fallback]) }
                failure[Int(child)] = edge[fallback << 16 | Int(symbol)] ?? 0
                order.append(Int(child))
            }
        }
        // Outputs: each state's own patterns, then its failure state's (complete in BFS order).
        var merged = terminal
        for state in order where !merged[Int(failure[state])].isEmpty { merged[state] += merged[Int(failure[state])] }

        // Records, in `layout` order (below): [failure, child count, symbols…, targets…], or for
        // a state with many children [failure, marker, targets by symbol (0 = no child)…]. A state that ends patterns has
        // [first output, end of outputs] just before its record. A state's id is its record's offset.
        let denseMarker = UInt32.max
        // Layout: the root's children first (breadth first, where most text starts), then each
        // deeper subtree depth first, so following a phrase reads memory forwards.
        var layout: [Int] = []
        layout.reserveCapacity(stateCount)
        var firstLevel: [Int] = []
        for symbol in children[0].sorted() { if let child = edge[Int(symbol)] { firstLevel.append(Int(child)) } }
        layout += firstLevel
        var pending: [Int] = []
        for top in firstLevel {
            for symbol in children[top].sorted().reversed() {
                if let child = edge[top << 16 | Int(symbol)] { pending.append(Int(child)) }
            }
            while let state = pending.popLast() {
                layout.append(state)
                for symbol in children[state].sorted().reversed() {
                    if let child = edge[state << 16 | Int(symbol)] { pending.append(Int(child)) }
                }
            }
        }
        var offset = [Int](repeating: 0, count: stateCount)
        var dense = [Bool](repeating: false, count: stateCount)
        var size = Self.headerSize // the root's record is a placeholder: its row is `rootRow`
        for state in layout {
            if !merged[state].isEmpty { size += 2 }
            offset[state] = size
            let count = children[state].count
            // Dense rows cost at most 128 words per child: a bounded price for the busiest states.
            dense[state] = count > Self.linearLimit && count * 128 >= symbolCount + 1
            size += Self.headerSize + (dense[state] ? symbolCount + 1 : 2 * count)
        }
        guard size < Int(Self.hasOutput) else { return nil }
        func target(_ state: Int32) -> UInt32 {
            UInt32(offset[Int(state)]) | (merged[Int(state)].isEmpty ? 0 : Self.hasOutput)
        }
        var rootRow = [UInt32](repeating: 0, count: symbolCount + 1)
        for symbol in children[0] { if let child = edge[Int(symbol)] { rootRow[Int(symbol)] = target(child) } }
        var nodes = [UInt32](repeating: 0, count: size)
        var outputs: [Int32] = []
        for state in layout {
            let record = offset[state]
            nodes[record] = UInt32(offset[Int(failure[state])])
            if !merged[state].isEmpty {
                nodes[record - 2] = UInt32(outputs.count)
                outputs += merged[state]
                nodes[record - 1] = UInt32(outputs.count)
            }
            let symbols = children[state].sorted()
            if dense[state] {
                nodes[record + 1] = denseMarker
                for symbol in symbols {
                    if let child = edge[state << 16 | Int(symbol)] {
                        nodes[record + Self.headerSize + Int(symbol)] = target(child)
                    }
                }
            } else {
                nodes[record + 1] = UInt32(symbols.count)
                for (index, symbol) in symbols.enumerated() {
                    nodes[record + Self.headerSize + index] = UInt32(symbol)
                    if let child = edge[state << 16 | Int(symbol)] {
                        nodes[record + Self.headerSize + symbols.count + index] = target(child)
                    }
                }
            }
        }

        let spaceSymbol = UInt32(asciiSymbol[0x20])
        tables = Tables(
            asciiSymbol: Self.owned(asciiSymbol),
            asciiFolded: Self.owned((0..<128).map { (byte: UInt32) -> UInt32 in
                // The normaliser folds ASCII the same way whatever its traditional-character table.
                let folded = TextNormalizer.standard.fold(byte)
                if folded == 0x20 { return Tables.separator | 0x20 | spaceSymbol << 8 }
                return folded | UInt32(asciiSymbol[Int(folded)]) << 8
            }),
            pageOf: Self.owned(pageOf),
            pageSymbols: Self.owned(pageSymbols),
            rootRow: Self.owned(rootRow),
            nodes: Self.owned(nodes),
            outputs: Self.owned(outputs))
    }

    deinit {
        tables.asciiSymbol.deallocate()
        tables.asciiFolded.deallocate()
        tables.pageOf.deallocate()
        tables.pageSymbols.deallocate()
        tables.rootRow.deallocate()
        tables.nodes.deallocate()
        tables.outputs.deallocate()
    }

    /// Memory this table owns (freed in `deinit`), holding a copy of `array`.
    private static func owned<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { memory.initialize(from: base, count: source.count) }
        }
        return memory
    }

    /// The scalar value and byte length of the well-formed UTF-8 sequence at `index`, or a
    /// length of 0 for a byte that does not start one (overlong forms and values past U+10FFFF
    /// included), so each encoded character has exactly one spelling.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead < 0xC2 { return (0, 0) }
        if lead < 0xE0 {
            guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return (0, 0) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            guard index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return (0, 0) }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return value < 0x800 ? (0, 0) : (value, 3)
        }
        guard lead < 0xF5, index + 3 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80,
              bytes[index + 3] & 0xC0 == 0x80 else { return (0, 0) }
        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return value < 0x10000 || value > 0x10FFFF ? (0, 0) : (value, 4)
    }

    /// Calls `found` with the patterns ending at each position (longest first) and the
    /// position just after them, in order of position.
    @inline(__always)
    func scan(_ input: UnsafeBufferPointer<UInt8>, _ found: (UnsafeBufferPointer<Int32>, Int) -> Void) {
        let tables = self.tables
        let count = input.count
        var state = 0
        var position = 0
        while position < count {
            let lead = input[position]
            let symbol: Int
            if lead < 0x80 {
                symbol = Int(tables.asciiSymbol[Int(lead)])
                position &+= 1
            } else {
                let (value, length) = Self.decode(input, at: position)
                if length == 0 {
                    symbol = 0
                    position &+= 1
                } else {
                    symbol = tables.symbol(ofNonASCII: value)
                    position &+= length
                }
            }
            let next = tables.step(from: state, on: symbol)
            state = Self.state(next)
            if Self.hasPatterns(next) { found(tables.patterns(endingIn: state), position) }
        }
    }

    /// Whether `next`, returned by ``Tables/step(from:on:)``, is a state where patterns end.
    @inline(__always)
    static func hasPatterns(_ next: UInt32) -> Bool { next & hasOutput != 0 }

    /// The state `next` (returned by ``Tables/step(from:on:)``) stands for.
    @inline(__always)
    static func state(_ next: UInt32) -> Int { Int(next & stateMask) }
}
