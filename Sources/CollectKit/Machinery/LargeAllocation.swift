#if canImport(Glibc)
import Glibc
#endif

/// Memory hints for the large flat arrays of the columnar path.
enum LargeAllocation {
    /// Asks the kernel to back the whole 2 MB pages inside `buffer` with huge pages, so that
    /// random writes across tens of megabytes stop missing the TLB. A hint only: where it is
    /// unavailable or refused, nothing changes.
    static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc) && os(Linux)
        let hugePage = 2 << 20
        guard let base = buffer.baseAddress, buffer.count >= 2 * hugePage else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}

extension Array where Element: BitwiseCopyable {
    /// Appends `element` to a column that may grow to tens of millions of rows: past 256k
    /// rows the buffer doubles into memory advised for huge pages before the rows are copied
    /// in, so random reads across the column stop missing the TLB.
    @inline(__always)
    mutating func appendColumn(_ element: Element) {
        if count == capacity, count >= LargeAllocation.columnThreshold { growColumn() }
        append(element)
    }

    /// A column of `count` copies of `element`, in memory advised for huge pages when large.
    static func column(repeating element: Element, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count >= LargeAllocation.columnThreshold { LargeAllocation.adviseHugePages(UnsafeMutableRawBufferPointer(buffer)) }
            buffer.initialize(repeating: element)
            initialized = count
        }
    }

    @inline(never)
    private mutating func growColumn() {
        let rows = count
        let grown = [Element](unsafeUninitializedCapacity: rows * 2) { buffer, initialized in
            LargeAllocation.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            withUnsafeBufferPointer { old in
                if let base = buffer.baseAddress, let source = old.baseAddress { base.initialize(from: source, count: rows) }
            }
            initialized = rows
        }
        self = grown
    }
}

extension LargeAllocation {
    /// Columns at least this long are laid out in huge-page-advised memory.
    static let columnThreshold = 1 << 18
}


extension Array where Element: BitwiseCopyable {
    /// Makes room for `total` rows without reallocating, in huge-page-advised memory when
    /// the column is large.
    mutating func reserveColumn(_ total: Int) {
        guard total > capacity else { return }
        guard total >= LargeAllocation.columnThreshold else { reserveCapacity(total); return }
        let rows = count
        self = [Element](unsafeUninitializedCapacity: total) { buffer, initialized in
            LargeAllocation.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            withUnsafeBufferPointer { old in
                if let base = buffer.baseAddress, let source = old.baseAddress { base.initialize(from: source, count: rows) }
            }
            initialized = rows
        }
    }
}
